package dev.restorestation.core.settings;

import dev.restorestation.core.history.LabelSize;

/**
 * How the bench prints device labels.
 *
 * @param printer    the printer labels go to without asking; empty for none (the station asks each time)
 * @param size       the label stock, as {@code 62x29} (millimetres, width by height)
 * @param onVerified print a label by itself when a restored device is verified on the device
 */
public record LabelPrinting(String printer, String size, boolean onVerified) {

    public static final LabelPrinting DEFAULT = new LabelPrinting("", "62x29", false);

    public LabelPrinting {
        printer = printer == null ? "" : printer.strip();
        size = size == null || size.isBlank() ? "62x29" : size.strip();
        LabelSize.parse(size);
        if (onVerified && printer.isEmpty()) {
            throw new InvalidSettingException("setting.labelPrinter");
        }
    }

    public LabelSize labelSize() {
        return LabelSize.parse(size);
    }
}
