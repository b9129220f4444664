package dev.restorestation.gui;

import dev.restorestation.core.text.StationLanguage;
import java.text.Collator;
import java.util.Comparator;

/**
 * Text in the order a person expects: runs of digits by their number ("Slot 9" before "Slot 12",
 * "26.9" before "26.10"), the rest by the station language's alphabet, case aside.
 */
public final class NaturalOrder implements Comparator<String> {

    private final Collator collator;

    public NaturalOrder() {
        collator = Collator.getInstance(StationLanguage.current());
        collator.setStrength(Collator.SECONDARY);
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = runEnd(a, i);
            int endB = runEnd(b, j);
            int order = compareRuns(a.substring(i, endA), b.substring(j, endB));
            if (order != 0) {
                return order;
            }
            i = endA;
            j = endB;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private int compareRuns(String x, String y) {
        boolean numberX = Character.isDigit(x.charAt(0));
        boolean numberY = Character.isDigit(y.charAt(0));
        if (numberX && numberY) {
            String digitsX = withoutLeadingZeros(x);
            String digitsY = withoutLeadingZeros(y);
            int order = digitsX.length() != digitsY.length() ? Integer.compare(digitsX.length(), digitsY.length())
                    : digitsX.compareTo(digitsY);
            return order != 0 ? order : Integer.compare(x.length(), y.length());
        }
        if (numberX != numberY) {
            return numberX ? -1 : 1;
        }
        return collator.compare(x, y);
    }

    /** Where the run of digits, or of other characters, starting at {@code from} ends. */
    private static int runEnd(String text, int from) {
        boolean digits = Character.isDigit(text.charAt(from));
        int end = from + 1;
        while (end < text.length() && Character.isDigit(text.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
