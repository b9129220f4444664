package dev.restorestation.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restorestation.app.Station;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code station devices} and {@code station devices identify} as a technician and a script use them. */
class DevicesCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void identifyPrintsTheDocumentedJson() throws Exception {
        assertThat(run("devices", "identify", "SDOM:01 CPID:8110 CPRV:11 CPFM:03 SCEP:01 BDID:0C "
                + "ECID:00123C1901F2401E IBFL:3C SRTG:[iBoot-7195.0.0.300.25]", "--json")).isZero();

        JsonNode identity = new ObjectMapper().readTree(out.toString());
        assertThat(fieldNames(identity))
                .containsExactly("cpid", "bdid", "ecid", "productType", "hardwareModel", "name", "mode");
        assertThat(identity.get("cpid").asText()).isEqualTo("0x8110");
        assertThat(identity.get("bdid").asText()).isEqualTo("0x0C");
        assertThat(identity.get("ecid").asText()).isEqualTo("00123C1901F2401E");
        assertThat(identity.get("productType").asText()).isEqualTo("iPhone14,2");
        assertThat(identity.get("hardwareModel").asText()).isEqualTo("d63ap");
        assertThat(identity.get("name").asText()).isEqualTo("iPhone 13 Pro");
        assertThat(identity.get("mode").asText()).isEqualTo("DFU");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void identifySaysWhatItKnowsOfAnUnknownOrCutString() throws Exception {
        assertThat(run("devices", "identify", "CPID:9999 BDID:7F ECID:00000000000000", "--json")).isZero();

        JsonNode identity = new ObjectMapper().readTree(out.toString());
        assertThat(identity.get("name").asText()).isEqualTo("Unknown Apple device (CPID 0x9999, BDID 0x7F)");
        assertThat(identity.get("ecid").isNull()).as("the cut ECID is left out").isTrue();
        assertThat(identity.get("productType").isNull()).isTrue();
        assertThat(identity.get("mode").isNull()).isTrue();
    }

    @Test
    void identifyPrintsReadableText() {
        assertThat(run("devices", "identify", "CPID:8010 CPRV:11 CPFM:03 SCEP:01 BDID:08 "
                + "ECID:001C2D3E4F5A6B7C IBFL:3C SRTG:[iBoot-2696.0.0.1.33] PWND:[checkm8]")).isZero();

        assertThat(out.toString().lines().toList()).containsExactly(
                "iPhone 7 (Global) (iPhone9,1, d10ap)",
                "CPID 0x8010  BDID 0x08  ECID 001C2D3E4F5A6B7C  mode DFU",
                "Pwned DFU: checkm8",
                "SecureROM: iBoot-2696.0.0.1.33");
    }

    @Test
    void identifyRefusesGarbageInOneLine() {
        assertThat(run("devices", "identify", "hello world")).isEqualTo(2);

        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("station: nothing the station reads in 'hello world'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void demoBenchPrintsTheDocumentedJson() throws Exception {
        assertThat(run("devices", "--demo", "--json")).isZero();

        JsonNode devices = new ObjectMapper().readTree(out.toString());
        assertThat(devices.size()).isEqualTo(12);
        assertThat(fieldNames(devices.get(0)))
                .containsExactly("slot", "mode", "ecid", "udid", "productType", "name", "state", "serialNumber",
                        "portPath", "portSpeed");
        List<String> slots = new ArrayList<>();
        devices.forEach(device -> slots.add(device.get("slot").asText()));
        assertThat(slots).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        JsonNode first = devices.get(0);
        assertThat(first.get("mode").asText()).isEqualTo("RESTORE");
        assertThat(first.get("productType").asText()).isEqualTo("iPhone14,2");
        assertThat(first.get("ecid").asText()).hasSize(16);
        assertThat(first.get("udid").asText()).isEqualTo("00008110-" + first.get("ecid").asText());
        assertThat(first.get("state").asText()).isEqualTo("ready");
        assertThat(first.get("portPath").asText()).isEqualTo("1-1.1");
        assertThat(first.get("portSpeed").asText()).isEqualTo("high");
        assertThat(devices.get(11).get("portSpeed").asText()).as("the demo's USB 1.1 slot").isEqualTo("full");
        assertThat(devices.get(2).get("udid").isNull()).as("DFU has no UDID").isTrue();
        List<String> recoverySerials = new ArrayList<>();
        devices.forEach(device -> {
            if (device.get("mode").asText().equals("RECOVERY")) {
                recoverySerials.add(device.get("serialNumber").asText());
            }
        });
        assertThat(recoverySerials).as("Recovery tells the serial number").isNotEmpty()
                .allMatch(serial -> serial.matches("F[0-9A-Z]{1,11}"));
    }

    @Test
    void demoBenchPrintsATable() {
        assertThat(run("devices", "--demo")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).startsWith("SLOT   MODE      ECID");
        assertThat(lines.get(1)).startsWith("1      Restore   ").contains("iPhone 13 Pro (iPhone14,2)").endsWith("ready");
    }

    @Test
    void theRealBenchHonestlyShowsNoDeviceHere() {
        assertThat(run("--data-dir", dataDir.toString(), "devices")).isZero();

        assertThat(out.toString()).startsWith("No devices on the bench.");
        if (usbmuxdAnswers()) {
            assertThat(out.toString()).doesNotContain("usbmuxd is not running");
        } else {
            assertThat(out.toString()).contains("usbmuxd is not running: Normal and Restore mode devices cannot be seen");
        }
    }

    @Test
    void watchKeepsPrintingUntilInterrupted() throws Exception {
        AtomicInteger exit = new AtomicInteger(-1);
        Thread watching = new Thread(() -> exit.set(run("devices", "--demo", "--watch", "--json")));
        watching.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!out.toString().contains("\"slot\" : \"12\"") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(watching.isAlive()).as("still watching").isTrue();

        watching.interrupt();
        watching.join(5000);
        assertThat(watching.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).size()).isEqualTo(12);
    }

    /** Judged as the station judges it: by connecting to the socket, not by the file's being there. */
    private static boolean usbmuxdAnswers() {
        try (SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return socket.connect(UnixDomainSocketAddress.of("/var/run/usbmuxd"));
        } catch (IOException e) {
            return false;
        }
    }

    private int run(String... args) {
        CommandLine line = new Station().commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
