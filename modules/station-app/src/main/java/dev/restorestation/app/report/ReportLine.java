package dev.restorestation.app.report;

import java.util.Objects;

/**
 * One line of a report as it is printed: a title, a section heading, a labelled field, or text.
 * {@link #canonical()} is the line as the report's hash covers it.
 *
 * @param label the field's label; empty for other kinds
 */
public record ReportLine(Kind kind, String label, String text) {

    public enum Kind { TITLE, HEADING, FIELD, TEXT }

    public ReportLine {
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        text = text == null ? "" : text;
    }

    static ReportLine title(String text) {
        return new ReportLine(Kind.TITLE, "", text);
    }

    static ReportLine heading(String text) {
        return new ReportLine(Kind.HEADING, "", text);
    }

    static ReportLine field(String label, String value) {
        return new ReportLine(Kind.FIELD, label, value);
    }

    static ReportLine text(String text) {
        return new ReportLine(Kind.TEXT, "", text);
    }

    /** "Label: value" for a field, the text itself otherwise. */
    public String canonical() {
        return kind == Kind.FIELD ? label + ": " + text : text;
    }
}
