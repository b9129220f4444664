package dev.restorestation.devices.usb;

import dev.restorestation.core.device.PortSpeed;
import dev.restorestation.core.text.Wording;
import dev.restorestation.devices.text.DeviceTexts;
import dev.restorestation.devices.usb.AppleUsb;
import dev.restorestation.devices.usb.UsbSerial;
import dev.restorestation.devices.usb.UsbSighting;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicBoolean;
import org.usb4java.Context;
import org.usb4java.Device;
import org.usb4java.DeviceDescriptor;
import org.usb4java.DeviceHandle;
import org.usb4java.DeviceList;
import org.usb4java.HotplugCallbackHandle;
import org.usb4java.LibUsb;

/**
 * The host's USB bus through usb4java (bundled libusb). Lists Apple devices with their port path
 * and port speed, reads the serial and
 * nonce strings of DFU and Recovery devices once per enumeration, and wakes up on hotplug where
 * libusb supports it. Devices usbmuxd owns (0x1290–0x12AF) are listed from their descriptor only,
 * never opened. Used by one thread.
 */
public final class LibUsbBus implements AutoCloseable {

    private static final int NONCE_STRING_INDEX = 1;

    private final Context context = new Context();
    private final boolean hotplug;
    private final HotplugCallbackHandle hotplugHandle = new HotplugCallbackHandle();
    private final AtomicBoolean changed = new AtomicBoolean(true);
    /** Serials already read, by bus, address and product id: one read per enumeration. */
    private final Map<String, UsbSighting> known = new HashMap<>();
    private boolean closed;

    private LibUsbBus() throws UsbUnavailableException {
        int result;
        try {
            result = LibUsb.init(context);
        } catch (LinkageError | RuntimeException e) {
            throw new UsbUnavailableException("USB access is not available on this computer: " + e.getMessage(), e);
        }
        if (result != LibUsb.SUCCESS) {
            throw new UsbUnavailableException("USB access failed to start: " + LibUsb.errorName(result), null);
        }
        hotplug = LibUsb.hasCapability(LibUsb.CAP_HAS_HOTPLUG) && registerHotplug();
    }

    public static LibUsbBus open() throws UsbUnavailableException {
        return new LibUsbBus();
    }

    public boolean hotplug() {
        return hotplug;
    }

    /** Every watched Apple device now on the bus. */
    public List<UsbSighting> scan() {
        changed.set(false);
        DeviceList list = new DeviceList();
        int count = LibUsb.getDeviceList(context, list);
        if (count < 0) {
            throw new IllegalStateException("cannot list USB devices: " + LibUsb.errorName(count));
        }
        List<UsbSighting> sightings = new ArrayList<>();
        Map<String, UsbSighting> stillThere = new HashMap<>();
        try {
            for (Device device : list) {
                DeviceDescriptor descriptor = new DeviceDescriptor();
                if (LibUsb.getDeviceDescriptor(device, descriptor) != LibUsb.SUCCESS) {
                    continue;
                }
                int vendor = Short.toUnsignedInt(descriptor.idVendor());
                int product = Short.toUnsignedInt(descriptor.idProduct());
                if (!AppleUsb.watched(vendor, product)) {
                    continue;
                }
                int bus = LibUsb.getBusNumber(device);
                int address = LibUsb.getDeviceAddress(device);
                String key = bus + "/" + address + "/" + product;
                UsbSighting sighting = known.get(key);
                if (sighting == null) {
                    sighting = sight(device, descriptor, bus, address, product);
                }
                stillThere.put(key, sighting);
                sightings.add(sighting);
            }
        } finally {
            LibUsb.freeDeviceList(list, true);
        }
        known.keySet().retainAll(stillThere.keySet());
        known.putAll(stillThere);
        return sightings;
    }

    /**
     * Waits up to {@code longest} for the bus to change. With hotplug it returns as soon as a
     * device arrives or leaves; without it, after {@code longest} (the polling interval).
     */
    public void awaitChange(Duration longest) throws InterruptedException {
        if (!hotplug) {
            Thread.sleep(longest.toMillis());
            return;
        }
        long deadline = System.nanoTime() + longest.toNanos();
        while (!changed.get() && System.nanoTime() < deadline) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            LibUsb.handleEventsTimeout(context, 250_000);
        }
    }

    private UsbSighting sight(Device device, DeviceDescriptor descriptor, int bus, int address, int product) {
        String path = portPath(device, bus);
        PortSpeed speed = speed(LibUsb.getDeviceSpeed(device));
        if (AppleUsb.ownedByUsbmuxd(product)) {
            return new UsbSighting(path, bus, address, product, null, null, speed);
        }
        DeviceHandle handle = new DeviceHandle();
        int opened = LibUsb.open(device, handle);
        if (opened != LibUsb.SUCCESS) {
            Wording problem = opened == LibUsb.ERROR_ACCESS
                    ? AppleUsb.UDEV_RULE_HINT
                    : DeviceTexts.wording("problem.notOpened", LibUsb.errorName(opened));
            return new UsbSighting(path, bus, address, product, null, problem, speed);
        }
        try {
            String serialText = read(handle, descriptor.iSerialNumber());
            if (serialText == null) {
                return new UsbSighting(path, bus, address, product, null, DeviceTexts.wording("problem.noSerial"), speed);
            }
            UsbSerial serial = UsbSerial.parse(serialText);
            String nonces = read(handle, (byte) NONCE_STRING_INDEX);
            return new UsbSighting(path, bus, address, product,
                    nonces == null ? serial : serial.withNonces(UsbSerial.parse(nonces)), null, speed);
        } finally {
            LibUsb.close(handle);
        }
    }

    private static String read(DeviceHandle handle, byte index) {
        if (index == 0) {
            return null;
        }
        StringBuffer text = new StringBuffer();
        return LibUsb.getStringDescriptorAscii(handle, index, text) < 0 ? null : text.toString();
    }

    /** libusb's speed code as the station names it. */
    static PortSpeed speed(int code) {
        return switch (code) {
            case LibUsb.SPEED_LOW -> PortSpeed.LOW;
            case LibUsb.SPEED_FULL -> PortSpeed.FULL;
            case LibUsb.SPEED_HIGH -> PortSpeed.HIGH;
            case LibUsb.SPEED_SUPER -> PortSpeed.SUPER;
            case LibUsb.SPEED_SUPER_PLUS -> PortSpeed.SUPER_PLUS;
            default -> PortSpeed.UNKNOWN;
        };
    }

    static String portPath(Device device, int bus) {
        ByteBuffer ports = ByteBuffer.allocateDirect(7);
        int count = LibUsb.getPortNumbers(device, ports);
        StringJoiner path = new StringJoiner(".", bus + "-", "");
        if (count <= 0) {
            path.add("0");
        }
        for (int i = 0; i < count; i++) {
            path.add(Integer.toString(Byte.toUnsignedInt(ports.get(i))));
        }
        return path.toString();
    }

    private boolean registerHotplug() {
        int result = LibUsb.hotplugRegisterCallback(context,
                LibUsb.HOTPLUG_EVENT_DEVICE_ARRIVED | LibUsb.HOTPLUG_EVENT_DEVICE_LEFT, LibUsb.HOTPLUG_NO_FLAGS,
                AppleUsb.VENDOR_ID, LibUsb.HOTPLUG_MATCH_ANY, LibUsb.HOTPLUG_MATCH_ANY,
                (ctx, device, event, data) -> {
                    changed.set(true);
                    return 0;
                }, null, hotplugHandle);
        return result == LibUsb.SUCCESS;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (hotplug) {
            LibUsb.hotplugDeregisterCallback(context, hotplugHandle);
        }
        LibUsb.exit(context);
    }
}
