package dev.restorestation.restore.log;

import java.util.Objects;

/**
 * A line of the log that decided a diagnosis.
 *
 * @param line the line number in the log (1 is the first)
 * @param text the line as read, without its timestamp or level
 * @param rule the id of the rule that read it
 */
public record Evidence(long line, String text, String rule) {

    public Evidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
    }
}
