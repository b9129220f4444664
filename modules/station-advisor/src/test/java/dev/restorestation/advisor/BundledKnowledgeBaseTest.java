package dev.restorestation.advisor;

import static dev.restorestation.core.diagnosis.ErrorCategory.BASEBAND;
import static dev.restorestation.core.diagnosis.ErrorCategory.DEVICE_MODE;
import static dev.restorestation.core.diagnosis.ErrorCategory.FIRMWARE_FILE;
import static dev.restorestation.core.diagnosis.ErrorCategory.HOST;
import static dev.restorestation.core.diagnosis.ErrorCategory.NETWORK;
import static dev.restorestation.core.diagnosis.ErrorCategory.SECURITY_PAIRING;
import static dev.restorestation.core.diagnosis.ErrorCategory.SIGNING;
import static dev.restorestation.core.diagnosis.ErrorCategory.STORAGE;
import static dev.restorestation.core.diagnosis.ErrorCategory.UNKNOWN;
import static dev.restorestation.core.diagnosis.ErrorCategory.USB_CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.DeviceFault;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The knowledge base the station ships: it loads (so it passed validation) and says what the references say. */
class BundledKnowledgeBaseTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.bundled();

    /** Apple codes by the categories the restore-error references give them (rows of several categories allow any). */
    private record ReferenceRow(List<Integer> codes, Set<ErrorCategory> categories) {
    }

    private static final List<ReferenceRow> REFERENCE = List.of(
            row(codes(9, 4005, 4013, 4014, 4016), USB_CONNECTION),
            row(concat(List.of(codes(13, 14, 1611, 2005, 2006, 2009), range(1600, 1604), range(1643, 1650), range(2000, 2002))),
                    USB_CONNECTION),
            row(concat(List.of(codes(17, 1013, 1638, 1639, 3014, 3200), range(3000, 3020))), NETWORK),
            row(codes(3194), SIGNING),
            row(codes(2, 4, 6, 1611, 9006), NETWORK, FIRMWARE_FILE),
            row(codes(6), STORAGE),
            row(codes(1015), BASEBAND),
            row(codes(10, 1671, 34, 35, 4000), HOST),
            // "hardware": baseband, battery (the device drops out of its mode), dock port, NAND
            row(codes(1, 3, 11, 12, 16, 20, 21, 23, 26, 28, 29, 40), BASEBAND, DEVICE_MODE, USB_CONNECTION, STORAGE),
            row(codes(1, 1002, 1004, 1011, 1012, 1014, 1667, 1669), BASEBAND),
            row(codes(27, 1100), STORAGE),
            row(codes(50, 51, 53, 56), SECURITY_PAIRING),
            row(codes(1109), NETWORK));

    @Test
    void coversAtLeastSixtyAppleCodes() {
        assertThat(KNOWLEDGE.appleCodeCount()).isGreaterThanOrEqualTo(60);
        assertThat(KNOWLEDGE.appleCodeEntries()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void everyCodeInTheReferenceHasAnEntryInItsCategory() {
        for (ReferenceRow row : REFERENCE) {
            for (int code : row.codes()) {
                boolean inCategory = row.categories().stream()
                        .anyMatch(c -> KNOWLEDGE.appleCode(code, c).map(KnownError::category).orElse(UNKNOWN) == c);
                assertThat(inCategory).as("code %d in one of %s", code, row.categories()).isTrue();
            }
        }
    }

    @Test
    void aCodeWithNoDiagnosedCategoryGetsOneOfItsReferenceCategories() {
        Map<Integer, Set<ErrorCategory>> allowed = new HashMap<>();
        REFERENCE.forEach(row -> row.codes().forEach(code ->
                allowed.computeIfAbsent(code, c -> EnumSet.noneOf(ErrorCategory.class)).addAll(row.categories())));
        allowed.forEach((code, categories) ->
                assertThat(KNOWLEDGE.appleCode(code, UNKNOWN).orElseThrow().category()).as("code %d", code).isIn(categories));
    }

    @Test
    void theBundledFileIsReadOncePerProcess() {
        assertThat(KnowledgeBase.bundled().appleCode(4013, USB_CONNECTION).orElseThrow())
                .isSameAs(KnowledgeBase.bundled().appleCode(4013, USB_CONNECTION).orElseThrow());
    }

    @Test
    void sharedCodesFollowTheDiagnosedCategory() {
        assertThat(KNOWLEDGE.appleCode(6, UNKNOWN).orElseThrow().category()).isEqualTo(STORAGE);
        assertThat(KNOWLEDGE.appleCode(6, NETWORK).orElseThrow().category()).isEqualTo(NETWORK);
        assertThat(KNOWLEDGE.appleCode(1611, UNKNOWN).orElseThrow().category()).isEqualTo(USB_CONNECTION);
        assertThat(KNOWLEDGE.appleCode(1611, NETWORK).orElseThrow().category()).isEqualTo(NETWORK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ERROR: Unable to discover device mode. Please make sure a device is attached. | device-not-found",
            "09:12:01.004   <Error> Unable to discover device type                       | host",
            "ERROR: Unable to discover device model                                        | host",
            "_irecv_handle_device_add: ERROR: can't connect to device: LIBUSB_ERROR_ACCESS | host",
            "LIBUSB_ERROR_ACCESS, then: Unable to discover device mode                    | host",
            "ERROR: Device failed to enter restore mode.                                   | device-mode",
            "Device did not disconnect. Possibly invalid iBEC. Reset device and try again.  | device-mode",
            "Device reconnected in Recovery mode, most likely image personalization failed. | device-mode",
            "ERROR: Unable to send iBEC component: Unable to upload data to device           | usb-connection",
            "ERROR: Unable to send data to ASR. Sent 0 of 20 bytes.                         | usb-connection",
            "Could not read data (-256). Aborting.                                          | usb-connection",
            "ERROR: device didn't accept BasebandData                                        | baseband",
            "TSS request failed (status=94, message=This device isn't eligible for the requested build.) | signing",
            "ERROR: Unable to get SHSH blobs for this device                                | signing",
            "File download failed (checksum mismatch).                                       | firmware-file",
            "Status: Failed to recover FDR data.                                             | security-pairing",
            "restore-step-domains = {0:RamrodErrorDomain} restore-step-codes = {0:1017}      | security-pairing"})
    void engineMessagesMapToTheirCategory(String line, String category) {
        assertThat(KNOWLEDGE.engineMessage(line.strip())).as(line)
                .map(KnownError::category).contains(ErrorCategory.fromId(category));
    }

    @Test
    void engineStatusesMapToTheirAdvice() {
        KnownError status68 = KNOWLEDGE.engineStatus(68).orElseThrow();
        assertThat(status68.fixes()).extracting(KnowledgeFix::id).contains("erase-restore");
        assertThat(KNOWLEDGE.engineStatus(94).orElseThrow().category()).isEqualTo(SIGNING);
        assertThat(KNOWLEDGE.engineStatus(69).orElseThrow().category()).isEqualTo(SIGNING);
        assertThat(KNOWLEDGE.engineMessage("progress: 3 0.500000")).isEmpty();
    }

    @Test
    void iPhone7GetsItsBoardLevelNotesFor4013() {
        KnownError error4013 = KNOWLEDGE.appleCode(4013, USB_CONNECTION).orElseThrow();
        for (String model : List.of("iPhone9,1", "iPhone9,2", "iPhone9,3", "iPhone9,4")) {
            List<String> fixes = error4013.fixesFor(model).stream().map(KnowledgeFix::id).toList();
            assertThat(fixes).containsSubsequence("cable-swap", "dfu-erase-restore", "audio-ic-check", "board-inspection");
            assertThat(error4013.meaningFor(model, Locale.ENGLISH)).contains("audio IC");
        }
        assertThat(error4013.fixesFor("iphone9,3")).extracting(KnowledgeFix::id).contains("audio-ic-check");
        assertThat(error4013.fixesFor("iPhone10,4")).extracting(KnowledgeFix::id).doesNotContain("audio-ic-check");
        assertThat(error4013.meaningFor(null, Locale.ENGLISH)).doesNotContain("audio IC");
    }

    @Test
    void touchIdSwapsAreNamedForError53OnTheModelsThatHaveIt() {
        KnownError error53 = KNOWLEDGE.appleCode(53, SECURITY_PAIRING).orElseThrow();
        assertThat(error53.meaningFor("iPhone7,2", Locale.ENGLISH)).contains("Home button");
        assertThat(error53.meaningFor("iPhone12,1", Locale.ENGLISH)).doesNotContain("Home button");
    }

    @Test
    void everyEntryStartsSafeAndMarksErasesAsDestructive() {
        for (KnownError entry : KNOWLEDGE.appleCodeEntries()) {
            assertThat(entry.fixes().get(0).destructive()).as(entry.id()).isFalse();
            entry.fixes().stream().filter(fix -> fix.text().toLowerCase(Locale.ROOT).contains("erase"))
                    .forEach(fix -> assertThat(fix.destructive()).as(fix.id()).isTrue());
            entry.fixes().stream().filter(KnowledgeFix::destructive)
                    .forEach(fix -> assertThat(fix.text()).as("a destructive fix says so").contains("erases the customer's data"));
        }
    }

    /** Shops record these ids with every attempt; renaming one would orphan their history. */
    @Test
    void fixIdsRecordedInHistoriesStayDefined() {
        List<String> recorded = List.of("cable-swap", "direct-port", "other-slot", "update-host", "restart-usbmuxd",
                "usb-permissions", "disable-security-software", "other-computer", "apple-status", "fix-clock", "hosts-file",
                "disable-vpn-proxy", "other-network", "verify-ipsw", "redownload-ipsw", "latest-signed",
                "force-restart-update", "enter-dfu", "erase-restore", "dfu-erase-restore", "audio-ic-check",
                "nand-diagnosis", "baseband-repair", "board-inspection");
        recorded.forEach(id -> assertThat(KNOWLEDGE.fix(id)).as(id).isPresent());
    }

    private static ReferenceRow row(List<Integer> codes, ErrorCategory first, ErrorCategory... more) {
        return new ReferenceRow(codes, EnumSet.of(first, more));
    }

    private static List<Integer> codes(int... codes) {
        return IntStream.of(codes).boxed().toList();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Integer> concat(List<List<Integer>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    @Test
    void anIPhone7s4013IsPutDownToItsOwnHardwareAndA5sTouchIdSwapIsNot() {
        List<DeviceFault> faults = KNOWLEDGE.deviceFaults();

        assertThat(faults).contains(new DeviceFault(4013, 4013, "iPhone9,1"), new DeviceFault(4013, 4013, "iPhone9,4"),
                new DeviceFault(4014, 4014, "iPhone9,3"));
        assertThat(faults).as("53's note offers no hardware fix: the part is refitted, not repaired")
                .noneMatch(fault -> fault.firstCode() <= 53 && fault.lastCode() >= 53);
        assertThat(faults).as("only models a note names").allMatch(fault -> fault.productType().startsWith("iPhone9,"));
    }
}
