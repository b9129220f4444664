package dev.restorestation.restore.log;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.Map;

/** A confusion matrix as text: a row per labelled category, a column per diagnosed one. */
final class ConfusionMatrix {

    private ConfusionMatrix() {
    }

    static String render(Map<ErrorCategory, Map<ErrorCategory, Integer>> counts) {
        StringBuilder text = new StringBuilder(String.format("%-18s", "label \\ diagnosed"));
        for (ErrorCategory column : ErrorCategory.values()) {
            text.append(String.format(" %4.4s", column.id()));
        }
        text.append('\n');
        for (ErrorCategory row : ErrorCategory.values()) {
            Map<ErrorCategory, Integer> cells = counts.getOrDefault(row, Map.of());
            text.append(String.format("%-18s", row.id()));
            for (ErrorCategory column : ErrorCategory.values()) {
                int n = cells.getOrDefault(column, 0);
                text.append(String.format(" %4s", n == 0 ? "." : Integer.toString(n)));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
