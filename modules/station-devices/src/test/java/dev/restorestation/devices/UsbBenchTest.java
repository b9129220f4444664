package dev.restorestation.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.devices.usbmux.PrivateUsbmuxd;
import dev.restorestation.devices.usbmux.UsbmuxSocket;
import dev.restorestation.devices.usbmux.UsbmuxWatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real bench on this host: libusb and a real usbmuxd, no phone plugged in. */
class UsbBenchTest {

    @TempDir
    Path work;

    @Test
    void watchesUsbAndARunningUsbmuxd() throws Exception {
        try (PrivateUsbmuxd daemon = PrivateUsbmuxd.prepare(work)) {
            daemon.start();
            try (UsbBench bench = UsbBench.open(DeviceCatalog.bundled(), SlotMap.load(work), daemon.address(),
                    UsbmuxWatcher.Backoff.STANDARD)) {
                BlockingQueue<BenchSnapshot> published = new LinkedBlockingQueue<>();
                bench.start(published::add);

                assertThat(bench.awaitFirstLook(Duration.ofSeconds(10))).isTrue();
                assertThat(bench.usbProblem()).isEmpty();
                assertThat(bench.current().usbmuxd()).isEqualTo(ServiceState.AVAILABLE);
                assertThat(bench.current().devices()).as("no phone on this machine").isEmpty();
                assertThat(published.poll(5, TimeUnit.SECONDS)).isNotNull();
            }
        }
    }

    @Test
    void saysWhenUsbmuxdIsNotRunning() throws Exception {
        UsbmuxSocket nowhere = UsbmuxSocket.unix(work.resolve("no-usbmuxd-here"));
        try (UsbBench bench = UsbBench.open(DeviceCatalog.bundled(), SlotMap.load(work), nowhere,
                UsbmuxWatcher.Backoff.STANDARD)) {
            bench.start(snapshot -> { });

            assertThat(bench.awaitFirstLook(Duration.ofSeconds(10))).isTrue();
            assertThat(bench.current().usbmuxd()).isEqualTo(ServiceState.UNAVAILABLE);
        }
    }
}
