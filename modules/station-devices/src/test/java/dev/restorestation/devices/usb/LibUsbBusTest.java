package dev.restorestation.devices.usb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.PortSpeed;
import dev.restorestation.devices.usb.AppleUsb;
import dev.restorestation.devices.usb.UsbSighting;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.usb4java.LibUsb;

/** libusb really started on this host. No phone is plugged in here, so the honest answer is none. */
class LibUsbBusTest {

    @Test
    void startsLibusbAndListsTheAppleDevicesOnTheBus() throws Exception {
        try (LibUsbBus bus = LibUsbBus.open()) {
            List<UsbSighting> sightings = bus.scan();

            assertThat(sightings).allSatisfy(sighting -> {
                assertThat(AppleUsb.watched(AppleUsb.VENDOR_ID, sighting.productId())).isTrue();
                assertThat(sighting.portPath()).matches("\\d+-[\\d.]+");
                assertThat(sighting.speed()).isNotNull();
            });
            assertThat(bus.scan()).as("a second scan reuses what it read").isEqualTo(sightings);
            if (System.getProperty("os.name").startsWith("Linux")) {
                assertThat(bus.hotplug()).as("libusb hotplug on Linux").isTrue();
            }
        }
    }

    @Test
    void namesEachSpeedLibusbReports() {
        assertThat(LibUsbBus.speed(LibUsb.SPEED_LOW)).isEqualTo(PortSpeed.LOW);
        assertThat(LibUsbBus.speed(LibUsb.SPEED_FULL)).isEqualTo(PortSpeed.FULL);
        assertThat(LibUsbBus.speed(LibUsb.SPEED_HIGH)).isEqualTo(PortSpeed.HIGH);
        assertThat(LibUsbBus.speed(LibUsb.SPEED_SUPER)).isEqualTo(PortSpeed.SUPER);
        assertThat(LibUsbBus.speed(LibUsb.SPEED_SUPER_PLUS)).isEqualTo(PortSpeed.SUPER_PLUS);
        assertThat(LibUsbBus.speed(LibUsb.SPEED_UNKNOWN)).isEqualTo(PortSpeed.UNKNOWN);
        assertThat(LibUsbBus.speed(42)).as("a speed of a later libusb").isEqualTo(PortSpeed.UNKNOWN);
    }

    @Test
    void waitsForAChangeWithoutSpinning() throws Exception {
        try (LibUsbBus bus = LibUsbBus.open()) {
            bus.scan();
            long start = System.nanoTime();
            bus.awaitChange(Duration.ofMillis(600));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(waited).as("no device arrived, so it waited the whole time").isGreaterThanOrEqualTo(550);
        }
    }

    @Test
    void watcherPublishesTheFirstScanAtOnce() throws Exception {
        BlockingQueue<List<UsbSighting>> published = new LinkedBlockingQueue<>();
        try (UsbWatcher watcher = new UsbWatcher(LibUsbBus.open(), published::add)) {
            watcher.start();
            assertThat(published.poll(10, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void neverTakesUsbmuxdDevicesForItsOwn() {
        for (int product = AppleUsb.USBMUXD_FIRST; product <= AppleUsb.USBMUXD_LAST; product++) {
            assertThat(AppleUsb.modeOf(product)).as("0x%04X", product).isEmpty();
            assertThat(AppleUsb.ownedByUsbmuxd(product)).isTrue();
        }
        assertThat(AppleUsb.modeOf(0x1227)).isPresent();
        assertThat(AppleUsb.modeOf(0x1222)).isPresent();
        assertThat(AppleUsb.modeOf(0xF014)).isPresent();
        assertThat(AppleUsb.modeOf(0x1280)).isPresent();
        assertThat(AppleUsb.modeOf(0x1283)).isPresent();
        assertThat(AppleUsb.watched(0x05AC, 0x8600)).as("T2 bridge").isFalse();
        assertThat(AppleUsb.watched(0x18D1, 0x1227)).as("another vendor").isFalse();
    }
}
