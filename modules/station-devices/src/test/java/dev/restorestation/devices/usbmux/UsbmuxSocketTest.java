package dev.restorestation.devices.usbmux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.ServiceState;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsbmuxSocketTest {

    @Test
    void usesTheUnixSocketOnLinuxAndMacAndTcpOnWindows() {
        assertThat(UsbmuxSocket.of(Map.of(), "Linux")).hasToString("/var/run/usbmuxd");
        assertThat(UsbmuxSocket.of(Map.of(), "Mac OS X")).hasToString("/var/run/usbmuxd");
        assertThat(UsbmuxSocket.of(Map.of(), "Windows 11").address())
                .isEqualTo(new InetSocketAddress("127.0.0.1", 27015));
    }

    @Test
    void followsUsbmuxdSocketAddress() {
        assertThat(UsbmuxSocket.of(Map.of("USBMUXD_SOCKET_ADDRESS", "UNIX:/tmp/mux"), "Linux")).hasToString("/tmp/mux");
        assertThat(UsbmuxSocket.of(Map.of("USBMUXD_SOCKET_ADDRESS", "127.0.0.1:27100"), "Linux").address())
                .isEqualTo(new InetSocketAddress("127.0.0.1", 27100));
        assertThatThrownBy(() -> UsbmuxSocket.of(Map.of("USBMUXD_SOCKET_ADDRESS", "nowhere"), "Linux"))
                .hasMessageContaining("UNIX:/path or host:port");
    }

    @Test
    void saysUsbmuxdIsNotRunningWhenNothingAnswers(@TempDir Path empty) throws Exception {
        BlockingQueue<UsbmuxWatcher.View> views = new LinkedBlockingQueue<>();
        UsbmuxSocket nowhere = UsbmuxSocket.unix(empty.resolve("usbmuxd"));
        try (UsbmuxWatcher watcher = new UsbmuxWatcher(nowhere, UsbmuxWatcher.Backoff.STANDARD, views::add)) {
            watcher.start();
            UsbmuxWatcher.View view = views.poll(10, TimeUnit.SECONDS);

            assertThat(view).isNotNull();
            assertThat(view.state()).isEqualTo(ServiceState.UNAVAILABLE);
            assertThat(view.problem()).startsWith("usbmuxd is not running");
            assertThat(views.poll(Duration.ofMillis(700).toMillis(), TimeUnit.MILLISECONDS))
                    .as("retries that fail the same way publish nothing new").isNull();
        }
    }
}
