package dev.restorestation.core.advice;

/**
 * One thing to try after a failure.
 *
 * @param id          stable, so the history can record that it was applied
 * @param text        imperative, one line
 * @param destructive true when it loses the customer's data (an erase)
 * @param evidence    what this shop's history says, e.g. "worked 7 of 9 times here"; empty when none
 */
public record Fix(String id, String text, boolean destructive, String evidence) {
}
