package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.assembly.StationException;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.Identification;
import dev.restorestation.devices.usb.UsbSerial;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "identify", mixinStandardHelpOptions = true,
        description = "Identify a device from its DFU/Recovery USB serial string.")
public final class DevicesIdentifyCommand implements Callable<Integer> {

    /** The JSON shape of {@code --json}: stable, documented in the README. */
    record IdentificationJson(String cpid, String bdid, String ecid, String productType, String hardwareModel,
                              String name, String mode) {

        static IdentificationJson of(Identification identity) {
            return new IdentificationJson(
                    identity.chipId() == null ? null : String.format(Locale.ROOT, "0x%04X", identity.chipId()),
                    identity.boardId() == null ? null : String.format(Locale.ROOT, "0x%02X", identity.boardId()),
                    identity.ecid() == null ? null : identity.ecid().hex(),
                    identity.productType(), identity.hardwareModel(), identity.name(),
                    identity.mode() == null ? null : identity.mode().name());
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SERIAL", description = "e.g. \"CPID:8120 CPRV:11 BDID:0E ECID:001A2B3C4D5E6F78 …\"")
    String serial;

    @Option(names = "--json", description = "Print JSON: cpid, bdid, ecid, productType, hardwareModel, name, mode.")
    boolean json;

    @Override
    public Integer call() {
        UsbSerial parsed = UsbSerial.parse(serial);
        if (parsed.isEmpty()) {
            throw new StationException(text("identify.noPairs", serial.strip()), StationException.USAGE);
        }
        Identification identity = Identification.of(parsed, DeviceCatalog.bundled());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CommandLineOutput.json(IdentificationJson.of(identity)));
        } else {
            printText(out, identity, parsed);
        }
        out.flush();
        return 0;
    }

    private static void printText(PrintWriter out, Identification identity, UsbSerial parsed) {
        IdentificationJson ids = IdentificationJson.of(identity);
        out.println(identity.productType() == null ? identity.name()
                : identity.name() + " (" + identity.productType() + ", " + identity.hardwareModel() + ")");
        List<String> facts = new ArrayList<>();
        facts.add("CPID " + orDash(ids.cpid()));
        facts.add("BDID " + orDash(ids.bdid()));
        facts.add("ECID " + orDash(ids.ecid()));
        facts.add(text("identify.mode", identity.mode() == null ? text("identify.modeNotTold") : text("mode." + identity.mode().name())));
        out.println(String.join("  ", facts));
        parsed.udid().ifPresent(udid -> out.println(text("identify.udid", udid)));
        if (parsed.pwned() != null) {
            out.println("Pwned DFU: " + parsed.pwned());
        }
        if (parsed.secureRomTag() != null) {
            out.println("SecureROM: " + parsed.secureRomTag());
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
