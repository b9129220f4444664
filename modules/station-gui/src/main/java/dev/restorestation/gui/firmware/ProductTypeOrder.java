package dev.restorestation.gui.firmware;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Product types by family, then by their numbers as numbers: iPhone9,4 before iPhone10,1. */
final class ProductTypeOrder implements Comparator<String> {

    private static final Pattern TYPE = Pattern.compile("(\\D+)(\\d+),(\\d+)");

    @Override
    public int compare(String a, String b) {
        Matcher left = TYPE.matcher(a);
        Matcher right = TYPE.matcher(b);
        if (!left.matches() || !right.matches()) {
            return a.compareTo(b);
        }
        int family = left.group(1).compareTo(right.group(1));
        if (family != 0) {
            return family;
        }
        int major = Integer.compare(Integer.parseInt(left.group(2)), Integer.parseInt(right.group(2)));
        return major != 0 ? major : Integer.compare(Integer.parseInt(left.group(3)), Integer.parseInt(right.group(3)));
    }
}
