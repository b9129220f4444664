package dev.restorestation.devices.usbmux;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import dev.restorestation.core.device.DeviceMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the service on device port 62078 what it is: {@code com.apple.mobile.lockdown} answers in
 * Normal mode, {@code com.apple.mobile.restored} in Restore mode. Then it asks lockdown for the
 * ProductType (given without pairing), or restored for the HardwareModel. Frames are a 4-byte big-endian length and
 * an XML plist. Close it from another thread to give up waiting.
 */
public final class LockdownQuery implements AutoCloseable {

    public static final int PORT = 62078;
    static final String NORMAL_SERVICE = "com.apple.mobile.lockdown";
    static final String RESTORE_SERVICE = "com.apple.mobile.restored";

    private final UsbmuxConnection connection;
    private final int deviceId;

    /** What the device answered; productType in Normal mode, hardwareModel in Restore mode, else null. */
    public record Answer(DeviceMode mode, String productType, String hardwareModel) {
    }

    public LockdownQuery(UsbmuxSocket socket, int deviceId) throws IOException {
        this.connection = UsbmuxConnection.open(socket);
        this.deviceId = deviceId;
    }

    public Answer ask() throws IOException {
        SocketChannel tunnel = connection.connectToDevice(deviceId, PORT);
        String type = text(exchange(tunnel, request("QueryType")), "Type");
        DeviceMode mode = modeOf(type);
        if (mode == DeviceMode.NORMAL) {
            NSDictionary getValue = request("GetValue");
            getValue.put("Key", "ProductType");
            return new Answer(mode, text(exchange(tunnel, getValue), "Value"), null);
        }
        if (mode == DeviceMode.RESTORE) {
            NSDictionary queryValue = request("QueryValue");
            queryValue.put("QueryKey", "HardwareModel");
            return new Answer(mode, null, text(exchange(tunnel, queryValue), "HardwareModel"));
        }
        return new Answer(mode, null, null);
    }

    /**
     * In Normal mode, asks lockdownd for each key outside a session, as a host the device has
     * not paired with may: the value's text, or null for a key it refuses or does not have.
     */
    public Map<String, String> values(List<String> keys) throws IOException {
        SocketChannel tunnel = connection.connectToDevice(deviceId, PORT);
        DeviceMode mode = modeOf(text(exchange(tunnel, request("QueryType")), "Type"));
        if (mode != DeviceMode.NORMAL) {
            throw new IOException("the device is in " + mode.label() + " mode, not Normal");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) {
            NSDictionary getValue = request("GetValue");
            getValue.put("Key", key);
            values.put(key, text(exchange(tunnel, getValue), "Value"));
        }
        return values;
    }

    static DeviceMode modeOf(String serviceType) {
        if (NORMAL_SERVICE.equals(serviceType)) {
            return DeviceMode.NORMAL;
        }
        if (RESTORE_SERVICE.equals(serviceType)) {
            return DeviceMode.RESTORE;
        }
        return DeviceMode.UNKNOWN;
    }

    static ByteBuffer frame(NSDictionary message) {
        byte[] body = message.toXMLPropertyList().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).flip();
    }

    static NSDictionary read(SocketChannel tunnel) throws IOException {
        int length = UsbmuxFrame.readFully(tunnel, 4).getInt();
        if (length <= 0 || length > UsbmuxFrame.MAX_BYTES) {
            throw new IOException("not a lockdown answer: length " + length);
        }
        return UsbmuxFrame.dictionary(UsbmuxFrame.readFully(tunnel, length).array());
    }

    private static NSDictionary exchange(SocketChannel tunnel, NSDictionary message) throws IOException {
        ByteBuffer out = frame(message);
        while (out.hasRemaining()) {
            tunnel.write(out);
        }
        return read(tunnel);
    }

    private static NSDictionary request(String name) {
        NSDictionary message = new NSDictionary();
        message.put("Label", UsbmuxConnection.PROGRAM_NAME);
        message.put("Request", name);
        return message;
    }

    private static String text(NSDictionary answer, String key) {
        NSObject value = answer.objectForKey(key);
        return value instanceof NSString string ? string.getContent() : null;
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
