package dev.restorestation.devices.usbmux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSString;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The wire format, against frames built byte by byte the way usbmuxd 1.1.1 writes them. */
class UsbmuxFrameTest {

    private static final String ATTACHED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0">
            <dict>
            \t<key>DeviceID</key>
            \t<integer>7</integer>
            \t<key>MessageType</key>
            \t<string>Attached</string>
            \t<key>Properties</key>
            \t<dict>
            \t\t<key>ConnectionSpeed</key>
            \t\t<integer>480000000</integer>
            \t\t<key>ConnectionType</key>
            \t\t<string>USB</string>
            \t\t<key>DeviceID</key>
            \t\t<integer>7</integer>
            \t\t<key>LocationID</key>
            \t\t<integer>196613</integer>
            \t\t<key>ProductID</key>
            \t\t<integer>4776</integer>
            \t\t<key>SerialNumber</key>
            \t\t<string>00008110-00123C1901F2401E</string>
            \t</dict>
            </dict>
            </plist>
            """;

    private static final String DETACHED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plist version="1.0">
            <dict>
            \t<key>DeviceID</key>
            \t<integer>7</integer>
            \t<key>MessageType</key>
            \t<string>Detached</string>
            </dict>
            </plist>
            """;

    @Test
    void decodesAHandBuiltAttachedFrame() throws IOException {
        UsbmuxFrame frame = UsbmuxFrame.readFrom(channel(handBuilt(0, ATTACHED)));
        UsbmuxMessage message = UsbmuxMessage.decode(frame.payload());

        assertThat(frame.tag()).isZero();
        assertThat(message).isEqualTo(new UsbmuxMessage.Attached(
                new MuxDevice(7, "00008110-00123C1901F2401E", 196613, 0x12A8, "USB")));
        MuxDevice device = ((UsbmuxMessage.Attached) message).device();
        assertThat(device.bus()).isEqualTo(3);
        assertThat(device.address()).isEqualTo(5);
        assertThat(device.onUsb()).isTrue();
    }

    @Test
    void decodesAHandBuiltDetachedFrameAfterAnother() throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(handBuilt(0, ATTACHED));
        stream.write(handBuilt(0, DETACHED));
        ReadableByteChannel channel = channel(stream.toByteArray());

        UsbmuxFrame.readFrom(channel);
        assertThat(UsbmuxMessage.decode(UsbmuxFrame.readFrom(channel).payload()))
                .isEqualTo(new UsbmuxMessage.Detached(7));
    }

    @Test
    void encodesAHeaderOfSixteenLittleEndianBytes() {
        NSDictionary listen = new NSDictionary();
        listen.put("MessageType", "Listen");
        ByteBuffer frame = new UsbmuxFrame(42, listen).encode().order(ByteOrder.LITTLE_ENDIAN);

        assertThat(frame.getInt(0)).isEqualTo(frame.remaining());
        assertThat(frame.getInt(4)).as("version").isEqualTo(1);
        assertThat(frame.getInt(8)).as("plist message").isEqualTo(8);
        assertThat(frame.getInt(12)).as("tag").isEqualTo(42);
        assertThat(new String(frame.array(), 16, frame.remaining() - 16, StandardCharsets.UTF_8))
                .contains("<key>MessageType</key>").contains("<string>Listen</string>");
    }

    @Test
    void roundTripsThroughItsOwnEncoding() throws IOException {
        NSDictionary result = new NSDictionary();
        result.put("MessageType", "Result");
        result.put("Number", 3);
        ByteBuffer encoded = new UsbmuxFrame(9, result).encode();
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);

        UsbmuxFrame decoded = UsbmuxFrame.readFrom(channel(bytes));
        assertThat(decoded.tag()).isEqualTo(9);
        assertThat(((NSString) decoded.payload().objectForKey("MessageType")).getContent()).isEqualTo("Result");
        assertThat(((NSNumber) decoded.payload().objectForKey("Number")).intValue()).isEqualTo(3);
        assertThat(UsbmuxMessage.decode(decoded.payload())).isEqualTo(new UsbmuxMessage.Result(3));
    }

    @Test
    void readsAnEmptyDeviceList() throws IOException {
        String list = "<plist version=\"1.0\"><dict><key>DeviceList</key><array/></dict></plist>";
        UsbmuxFrame frame = UsbmuxFrame.readFrom(channel(handBuilt(1, list)));

        assertThat(UsbmuxMessage.decode(frame.payload())).isEqualTo(new UsbmuxMessage.DeviceList(java.util.List.of()));
    }

    @Test
    void refusesWhatIsNotUsbmuxd() {
        byte[] http = "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> UsbmuxFrame.readFrom(channel(http))).hasMessageContaining("not a usbmuxd frame");

        byte[] binaryVersion = handBuilt(0, DETACHED);
        ByteBuffer.wrap(binaryVersion).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0);
        assertThatThrownBy(() -> UsbmuxFrame.readFrom(channel(binaryVersion))).hasMessageContaining("unsupported format");
    }

    @Test
    void saysWhenTheDaemonHungUpMidFrame() {
        byte[] whole = handBuilt(0, ATTACHED);
        byte[] cut = java.util.Arrays.copyOf(whole, 40);

        assertThatThrownBy(() -> UsbmuxFrame.readFrom(channel(cut))).isInstanceOf(EOFException.class);
    }

    @Test
    void refusesAMessageWithoutType() throws IOException {
        String noType = "<plist version=\"1.0\"><dict><key>Number</key><integer>0</integer></dict></plist>";
        NSDictionary payload = UsbmuxFrame.readFrom(channel(handBuilt(0, noType))).payload();

        assertThatThrownBy(() -> UsbmuxMessage.decode(payload)).hasMessageContaining("without MessageType");
    }

    private static byte[] handBuilt(int tag, String plist) {
        byte[] body = plist.getBytes(StandardCharsets.UTF_8);
        int length = 16 + body.length;
        byte[] frame = new byte[length];
        int[] header = {length, 1, 8, tag};
        for (int field = 0; field < 4; field++) {
            for (int b = 0; b < 4; b++) {
                frame[field * 4 + b] = (byte) (header[field] >>> (8 * b));
            }
        }
        System.arraycopy(body, 0, frame, 16, body.length);
        return frame;
    }

    private static ReadableByteChannel channel(byte[] bytes) {
        return Channels.newChannel(new java.io.ByteArrayInputStream(bytes));
    }
}
