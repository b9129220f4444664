package dev.restorestation.restore.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The logs the classifier was tuned on: real failure logs from public reports, each with its source,
 * category and the reason the thread gives. Every one must come out in its category except the few
 * listed below, whose cause is not in the log; so any change that loses one of them fails here.
 */
class CorpusAccuracyTest {

    static final String CORPUS = "/engine-logs/corpus";

    /** Logs no general rule explains, and why; each must still be a miss, so the list stays true. */
    static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("ffr-14-invalid-blobs.log", "the invalid blobs the thread found are not in the log, which only shows restore mode failing"),
            Map.entry("idr-118-fdr-slow-network.log", "the log shows FDR waiting and nothing failing; the slow network is only in the thread"),
            Map.entry("idr-278-tss-133-new-model.log", "a failed connection to the signing server reads as network; the thread fixed it in the tools"),
            Map.entry("lm2019-3-ibec-itunes-driver.log", "an iBEC upload failure; that the Windows driver caused it is only in the thread"),
            Map.entry("vieux-123-ibec-catalina.log", "an iBEC upload failure; that macOS Catalina caused it is only in the thread"),
            Map.entry("lim-1303-ibec-windows-driver.log", "an iBEC upload failure; that the Windows driver caused it is only in the thread"),
            Map.entry("tfr-355-no-restorebehavior.log", "tsschecker's own request errors are not read; no rule tells a bad manifest from an old tool"),
            Map.entry("idr-126-cfw-fdr-timeout.log", "only FDR timing out is shown; that the firmware was a custom one is only in the thread"),
            Map.entry("idr-41-cfw-asr.log", "the device's ASR fails (storage); that the firmware was a custom one is only in the thread"),
            Map.entry("idr-282-dfu-not-discovered.log", "'no device' is what the log says; that a tools regression missed an attached iPad is only in the thread"),
            Map.entry("tbt-5-nand-firmware-stuck.log", "the log stops at a NAND firmware update with no failure; the tool update is only in the thread"),
            Map.entry("tfr-205-baseband-old-fork.log", "the device refuses the baseband data; that an outdated futurerestore fork caused it is only in the thread"),
            Map.entry("idr-148-apfs-manifest.log", "a file missing from the IPSW reads as the IPSW's fault; the thread found the tools expected an old layout"),
            Map.entry("dit-10-ios11-manifest.log", "a file missing from the IPSW reads as the IPSW's fault; the thread found the tools expected an old layout"),
            Map.entry("tfr-282-zip-open-path.log", "the IPSW cannot be opened; that a non-Latin folder name on Windows caused it is only in the thread"),
            Map.entry("idr-398-fdr-after-nordata.log", "the device stops answering after NORData; that an idevicerestore change made its SEP panic is only in the thread"),
            Map.entry("idr-729-macos-dfu-again.log", "the device comes back in DFU mode; that a macOS release caused it is only in the thread"),
            Map.entry("lm2019-5-not-for-this-windows.log", "Windows' own message that the program cannot run here is not engine output the rules read"),
            Map.entry("tbt-43-usb-transfer.log", "turdus merula's own error code line is not read by any rule"),
            Map.entry("idr-656-invert-windows.log", "the device's invert step fails; that the libraries on this Windows host caused it is only in the thread"),
            Map.entry("lik-19-recovery-94.log", "the device does not come back after iBEC; that the USB port or cable was at fault is only in the thread"),
            Map.entry("lik-784-nordata-256.log", "the device stops answering after NORData; that the restore SEP step was at fault is only in the thread"),
            Map.entry("tfr-198-recovery-94.log", "the device does not come back after iBEC; that the tools' setup was at fault is only in the thread"),
            Map.entry("tfr-33-not-in-restore-mode.log", "Restore mode is never seen; that futurerestore itself was at fault is only in the thread"),
            Map.entry("tfr-73-vm-lockdownd.log", "'no device found'; that futurerestore ran in a virtual machine is only in the thread"),
            Map.entry("idr-388-iphone12-143-fdr.log", "the link drops after NORData; that only iOS 14.3 on the iPhone 12 fails is only in the thread"),
            Map.entry("idr-420-personalized-data.log", "the reporter retyped the message ('Unkown'); no rule reads the misspelling"),
            Map.entry("idr-636-usbmuxd-not-built.log", "Restore mode is never reached; that usbmuxd was never built is only in the thread"),
            Map.entry("ffr-57-a14-nordata.log", "futurerestore stops after NORData without a reason; that it is a known futurerestore bug on A14 is only in the thread"),
            Map.entry("ffr-72-a7-ibec-no-ibss.log", "an iBEC upload failure; that the A7 needed --no-ibss and a pwned iBSS is only in the thread"),
            Map.entry("lik-885-ibec-not-kdfu.log", "an iBEC send failure; that the device was not in kDFU mode is only in the thread"),
            Map.entry("tfr-262-fdr-sep-incompatible.log", "the device stops answering FDR; that the signed SEP does not fit the target version is only in the thread"),
            Map.entry("tfr-360-tss-94-tsschecker.log", "Apple's status 94 reads as signing; that a tsschecker fix cured it is only in the thread"),
            Map.entry("bs-163-baseband-tags.log", "tsschecker's own 'failed to build tss request' is not read; another log with the same words was a bad manifest, not the tool"),
            Map.entry("idr-52-windows-dfu-driver.log", "the device does not leave DFU; that the Windows USB driver was at fault is only in the thread"),
            Map.entry("idr-79-windows-recovery-dll.log", "Recovery mode is never reached; that this computer's USB library was at fault is only in the thread"),
            Map.entry("lik-683-powdersn0w-keys.log", "a front end's tool crashes and its custom IPSW is missing; that the firmware keys were wrong is only in the thread"),
            Map.entry("lirec-101-windows-dfu-interface.log", "the device cannot be found after DFU; that libirecovery picked the wrong Windows interface is only in the thread"),
            Map.entry("srl-33-old-front-end.log", "a front end's own 'Failed command' line; that the front end was outdated is only in the thread"),
            Map.entry("tfr-176-pwndfu-flag-typo.log", "the APNonce check fails in DFU mode; that an option was mistyped is only in the thread"),
            Map.entry("frgui-74-sep-not-signed-old-tool.log", "Apple's status 94 reads as signing; that an old futurerestore asked for the wrong ticket is only in the thread"));

    @Test
    void everyFixtureNamesItsSourceLabelAndReason() throws Exception {
        List<LabelledLog> corpus = LabelledLog.folder(CORPUS);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
        assertThat(corpus.stream().map(LabelledLog::label).collect(Collectors.toSet()))
                .as("every category is covered").containsExactlyInAnyOrder(ErrorCategory.values());
        assertThat(corpus.stream().map(LabelledLog::source)).as("one log per thread").doesNotHaveDuplicates();
    }

    @Test
    void everyLogExceptTheKnownMissesIsInItsCategory() throws Exception {
        List<LabelledLog> corpus = LabelledLog.folder(CORPUS);
        Scorecard card = Scorecard.of(corpus);
        System.out.println(card.report("corpus"));

        Set<String> missed = corpus.stream().map(LabelledLog::name).filter(name -> !card.right.contains(name)).collect(Collectors.toSet());
        assertThat(missed).as("logs not in their category").containsExactlyInAnyOrderElementsOf(KNOWN_MISSES.keySet());
        assertThat(corpus.stream().filter(log -> KNOWN_MISSES.containsKey(log.name())).filter(log -> log.causeInLog() == null)
                .map(LabelledLog::name)).as("known misses judged for whether the log states the cause").isEmpty();
        long silent = corpus.stream().filter(log -> Boolean.FALSE.equals(log.causeInLog())).count();
        System.out.printf("%d logs do not state the cause their thread found: the log itself justifies at most %d of %d verdicts%n",
                silent, corpus.size() - silent, corpus.size());
        assertThat((double) card.right.size() / card.total).isGreaterThanOrEqualTo(0.82);
    }
}
