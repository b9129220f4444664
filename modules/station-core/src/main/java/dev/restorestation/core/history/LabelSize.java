package dev.restorestation.core.history;

import dev.restorestation.core.text.CoreText;
import dev.restorestation.core.text.WordedArgumentException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label's size in millimetres, width by height, as {@code 62x29} reads: 62 mm continuous tape
 * cut at 29 mm by default; die-cut stock such as 57×32 mm as its size says.
 */
public record LabelSize(int widthMm, int heightMm) {

    public static final LabelSize DEFAULT = new LabelSize(62, 29);
    /** Sizes offered by name: 62 mm continuous tape cut at 29 mm or 100 mm, and common die-cut labels. */
    public static final List<LabelSize> COMMON = List.of(DEFAULT, new LabelSize(57, 32), new LabelSize(62, 100),
            new LabelSize(54, 25));

    static final int MIN_WIDTH = 40;
    static final int MIN_HEIGHT = 20;
    static final int MAX_SIDE = 200;
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d{1,3})\\s*[x×]\\s*(\\d{1,3})\\s*(mm)?\\s*");

    public LabelSize {
        if (widthMm < MIN_WIDTH || heightMm < MIN_HEIGHT || widthMm > MAX_SIDE || heightMm > MAX_SIDE) {
            throw new WordedArgumentException(CoreText.wording("label.sizeDoesNotFit", widthMm, heightMm, MIN_WIDTH, MIN_HEIGHT,
                    MAX_SIDE));
        }
    }

    /** Reads {@code 62x29} (also {@code 62×29}, {@code 62x29mm}). */
    public static LabelSize parse(String text) {
        Matcher matcher = SIZE.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new WordedArgumentException(CoreText.wording("label.notASize", String.valueOf(text)));
        }
        return new LabelSize(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public String toString() {
        return widthMm + "×" + heightMm + " mm";
    }
}
