package dev.restorestation.restore.log;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of a device its restore log names (in step names, updater names, error texts) and the
 * category a failure of each belongs to. The first part named wins, so the modem is checked before
 * the words that also occur in its messages. A {@code stage} is a step of writing the system image
 * rather than a part: its failure follows from a bad stream from the host as often as from the storage.
 */
record DevicePart(String noun, ErrorCategory category, Pattern words, boolean stage) {

    private static final List<DevicePart> ALL = List.of(
            part("baseband (modem)", ErrorCategory.BASEBAND, "baseband|bbupdater|bbfw|x-gold|modem|euicc|vinyl"),
            part("factory (FDR) data", ErrorCategory.SECURITY_PAIRING, "fdr"),
            part("Secure Enclave", ErrorCategory.SECURITY_PAIRING, "sep|secure enclave"),
            part("Secure Element", ErrorCategory.SECURITY_PAIRING, "se|secure ?element|stockholm|nfc"),
            part("display, Touch ID or Face ID part", ErrorCategory.SECURITY_PAIRING,
                    "multi-touch|touch ?id|face ?id|aht|savage|yonkers|rose"),
            part("host software check", ErrorCategory.HOST, "host_compatible|host version"),
            part("NVRAM", ErrorCategory.STORAGE, "nvram"),
            part("storage", ErrorCategory.STORAGE, "nand|nvme|s3e|fsck|disk|storage"),
            part("boot flash (NOR)", ErrorCategory.STORAGE, "nor|iboot|llb"),
            stage("system image on its storage", ErrorCategory.STORAGE, "apfs|asr|filesystems?|partition"));

    private static DevicePart part(String noun, ErrorCategory category, String words) {
        return new DevicePart(noun, category, wordsPattern(words), false);
    }

    private static DevicePart stage(String noun, ErrorCategory category, String words) {
        return new DevicePart(noun, category, wordsPattern(words), true);
    }

    private static Pattern wordsPattern(String words) {
        // letters only around a word: step names join words with '_' (update_se, fdr_create)
        return Pattern.compile("(?<![a-z])(?:" + words + ")(?![a-z])");
    }

    /** The first part {@code text} names, if any. */
    static Optional<DevicePart> named(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.words.matcher(lower).find()).findFirst();
    }
}
