package dev.restorestation.devices.usbmux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSString;
import dev.restorestation.core.device.DeviceMode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No phone is on this machine, so a loopback socket plays usbmuxd's Connect and the phone's port
 * 62078, answering as lockdownd (Normal mode) or restored (Restore mode) do.
 */
class LockdownQueryTest {

    @TempDir
    Path work;

    private final List<String> requests = new CopyOnWriteArrayList<>();

    @Test
    void tellsNormalModeAndAsksLockdownForTheProductType() throws Exception {
        try (ServerSocketChannel phone = phone("com.apple.mobile.lockdown")) {
            LockdownQuery.Answer answer;
            try (LockdownQuery query = new LockdownQuery(UsbmuxSocket.unix(work.resolve("mux")), 3)) {
                answer = query.ask();
            }
            assertThat(answer).isEqualTo(new LockdownQuery.Answer(DeviceMode.NORMAL, "iPhone14,2", null));
            assertThat(requests).containsExactly("Connect 3 62078", "QueryType", "GetValue ProductType");
        }
    }

    @Test
    void tellsRestoreModeAndAsksRestoredForTheHardwareModel() throws Exception {
        try (ServerSocketChannel phone = phone("com.apple.mobile.restored")) {
            LockdownQuery.Answer answer;
            try (LockdownQuery query = new LockdownQuery(UsbmuxSocket.unix(work.resolve("mux")), 3)) {
                answer = query.ask();
            }
            assertThat(answer).isEqualTo(new LockdownQuery.Answer(DeviceMode.RESTORE, null, "D22AP"));
            assertThat(requests).containsExactly("Connect 3 62078", "QueryType", "QueryValue HardwareModel");
        }
    }

    @Test
    void asksLockdownForEachValueWithoutPairingAndTakesARefusalAsUnknown() throws Exception {
        try (ServerSocketChannel phone = phone("com.apple.mobile.lockdown")) {
            Map<String, String> values;
            try (LockdownQuery query = new LockdownQuery(UsbmuxSocket.unix(work.resolve("mux")), 3)) {
                values = query.values(List.of("BuildVersion", "ActivationState"));
            }
            assertThat(values).containsEntry("BuildVersion", "20H350").containsEntry("ActivationState", null);
            assertThat(requests).containsExactly("Connect 3 62078", "QueryType", "GetValue BuildVersion",
                    "GetValue ActivationState");
        }
    }

    @Test
    void readsNoValuesFromADeviceInRestoreMode() throws Exception {
        try (ServerSocketChannel phone = phone("com.apple.mobile.restored");
             LockdownQuery query = new LockdownQuery(UsbmuxSocket.unix(work.resolve("mux")), 3)) {
            assertThatThrownBy(() -> query.values(List.of("BuildVersion"))).isInstanceOf(IOException.class)
                    .hasMessage("the device is in Restore mode, not Normal");
        }
    }

    @Test
    void mapsServiceTypes() {
        assertThat(LockdownQuery.modeOf("com.apple.mobile.lockdown")).isEqualTo(DeviceMode.NORMAL);
        assertThat(LockdownQuery.modeOf("com.apple.mobile.restored")).isEqualTo(DeviceMode.RESTORE);
        assertThat(LockdownQuery.modeOf(null)).isEqualTo(DeviceMode.UNKNOWN);
    }

    private ServerSocketChannel phone(String serviceType) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(work.resolve("mux")));
        Thread thread = new Thread(() -> {
            try (SocketChannel client = server.accept()) {
                UsbmuxFrame connect = UsbmuxFrame.readFrom(client);
                int port = ((NSNumber) connect.payload().objectForKey("PortNumber")).intValue();
                requests.add(text(connect.payload(), "MessageType") + " "
                        + ((NSNumber) connect.payload().objectForKey("DeviceID")).intValue() + " "
                        + Short.toUnsignedInt(Short.reverseBytes((short) port)));
                NSDictionary ok = new NSDictionary();
                ok.put("MessageType", "Result");
                ok.put("Number", 0);
                new UsbmuxFrame(connect.tag(), ok).writeTo(client);
                while (true) {
                    NSDictionary request = LockdownQuery.read(client);
                    String name = text(request, "Request");
                    NSDictionary answer = new NSDictionary();
                    answer.put("Request", name);
                    switch (name) {
                        case "QueryType" -> {
                            requests.add(name);
                            answer.put("Type", serviceType);
                        }
                        case "GetValue" -> {
                            String key = text(request, "Key");
                            requests.add(name + " " + key);
                            switch (key) {
                                case "BuildVersion" -> answer.put("Value", "20H350");
                                case "ActivationState" -> answer.put("Error", "MissingValue");
                                default -> answer.put("Value", "iPhone14,2");
                            }
                        }
                        default -> {
                            requests.add(name + " " + text(request, "QueryKey"));
                            answer.put("HardwareModel", "D22AP");
                        }
                    }
                    ByteBuffer out = LockdownQuery.frame(answer);
                    while (out.hasRemaining()) {
                        client.write(out);
                    }
                }
            } catch (IOException closed) {
                // the query hung up: this phone's work is done
            }
        }, "simulated-phone");
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    private static String text(NSDictionary dictionary, String key) {
        return ((NSString) dictionary.objectForKey(key)).getContent();
    }
}
