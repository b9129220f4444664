package dev.restorestation.devices.usbmux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.ServiceState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real usbmuxd started by the test (no phone here: the device list is empty). */
class UsbmuxdDaemonTest {

    @TempDir
    Path work;

    private PrivateUsbmuxd daemon;

    @BeforeEach
    void startDaemon() throws Exception {
        daemon = PrivateUsbmuxd.prepare(work);
        daemon.start();
    }

    @AfterEach
    void stopDaemon() throws Exception {
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void acceptsListenAndListsNoDevice() throws Exception {
        try (UsbmuxConnection listing = UsbmuxConnection.open(daemon.address());
             UsbmuxConnection listening = UsbmuxConnection.open(daemon.address())) {
            assertThat(listing.listDevices().devices()).isEmpty();
            listening.listen();
        }
    }

    @Test
    void watcherFollowsTheDaemonThroughARestart() throws Exception {
        BlockingQueue<UsbmuxWatcher.View> views = new LinkedBlockingQueue<>();
        UsbmuxWatcher.Backoff quick = new UsbmuxWatcher.Backoff(Duration.ofMillis(50), Duration.ofMillis(400));
        try (UsbmuxWatcher watcher = new UsbmuxWatcher(daemon.address(), quick, views::add)) {
            watcher.start();
            assertThat(next(views).state()).isEqualTo(ServiceState.AVAILABLE);
            assertThat(watcher.current().devices()).isEmpty();

            daemon.stop();
            UsbmuxWatcher.View gone = next(views);
            assertThat(gone.state()).isEqualTo(ServiceState.UNAVAILABLE);
            assertThat(gone.problem()).startsWith("usbmuxd is not running").contains(daemon.socket().toString());

            daemon.start();
            assertThat(next(views).state()).isEqualTo(ServiceState.AVAILABLE);
            assertThat(watcher.connectionCount()).isEqualTo(2);
        }
    }

    private static UsbmuxWatcher.View next(BlockingQueue<UsbmuxWatcher.View> views) throws InterruptedException {
        UsbmuxWatcher.View view = views.poll(15, TimeUnit.SECONDS);
        assertThat(view).as("a usbmuxd state change within 15 s").isNotNull();
        return view;
    }
}
