package dev.restorestation.devices.usbmux;

import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/** One connection to usbmuxd, speaking its plist protocol. Not thread-safe; close it from any thread. */
public final class UsbmuxConnection implements AutoCloseable {

    static final String CLIENT_VERSION = "restore-station";
    static final String PROGRAM_NAME = "restore-station";

    private final SocketChannel channel;
    private int nextTag = 1;

    private UsbmuxConnection(SocketChannel channel) {
        this.channel = channel;
    }

    public static UsbmuxConnection open(UsbmuxSocket socket) throws IOException {
        return new UsbmuxConnection(socket.connect());
    }

    /** Asks for events; usbmuxd then sends Attached for every device already there. */
    public void listen() throws IOException {
        expectOk(request(message("Listen")), "Listen");
    }

    public UsbmuxMessage.DeviceList listDevices() throws IOException {
        UsbmuxMessage answer = request(message("ListDevices"));
        if (answer instanceof UsbmuxMessage.DeviceList list) {
            return list;
        }
        throw new IOException("usbmuxd answered ListDevices with " + answer);
    }

    /**
     * Opens a tunnel to a TCP port on the device; afterwards this connection carries the device's
     * bytes, not usbmuxd messages.
     */
    public SocketChannel connectToDevice(int deviceId, int port) throws IOException {
        NSDictionary connect = message("Connect");
        connect.put("DeviceID", deviceId);
        connect.put("PortNumber", Short.toUnsignedInt(Short.reverseBytes((short) port)));
        expectOk(request(connect), "Connect to port " + port);
        return channel;
    }

    /** The next event after {@link #listen()}; blocks until one comes or the connection ends. */
    public UsbmuxMessage nextEvent() throws IOException {
        return UsbmuxMessage.decode(UsbmuxFrame.readFrom(channel).payload());
    }

    private UsbmuxMessage request(NSDictionary message) throws IOException {
        int tag = nextTag++;
        new UsbmuxFrame(tag, message).writeTo(channel);
        while (true) {
            UsbmuxFrame answer = UsbmuxFrame.readFrom(channel);
            if (answer.tag() == tag) {
                return UsbmuxMessage.decode(answer.payload());
            }
        }
    }

    private static NSDictionary message(String type) {
        NSDictionary message = new NSDictionary();
        message.put("MessageType", type);
        message.put("ClientVersionString", CLIENT_VERSION);
        message.put("ProgName", PROGRAM_NAME);
        message.put("kLibUSBMuxVersion", 3);
        return message;
    }

    private static void expectOk(UsbmuxMessage answer, String what) throws IOException {
        if (!(answer instanceof UsbmuxMessage.Result result) || !result.ok()) {
            throw new IOException("usbmuxd refused " + what + ": " + answer);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
