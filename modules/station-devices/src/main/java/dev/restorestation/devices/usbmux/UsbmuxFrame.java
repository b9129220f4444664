package dev.restorestation.devices.usbmux;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.PropertyListParser;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * One usbmuxd message on the wire: a 16-byte little-endian header {@code {length including the
 * header, version 1, message 8 (plist), tag}} followed by an XML plist.
 */
public record UsbmuxFrame(int tag, NSDictionary payload) {

    static final int HEADER_BYTES = 16;
    static final int VERSION = 1;
    static final int PLIST_MESSAGE = 8;
    /** No usbmuxd message comes near this; a longer length means the stream is not usbmuxd. */
    static final int MAX_BYTES = 1 << 20;

    public ByteBuffer encode() {
        byte[] body = payload.toXMLPropertyList().getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + body.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(HEADER_BYTES + body.length).putInt(VERSION).putInt(PLIST_MESSAGE).putInt(tag).put(body);
        return frame.flip();
    }

    public void writeTo(WritableByteChannel channel) throws IOException {
        ByteBuffer frame = encode();
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }

    /** Reads the next frame; EOFException when the daemon closed the connection. */
    public static UsbmuxFrame readFrom(ReadableByteChannel channel) throws IOException {
        ByteBuffer header = readFully(channel, HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        int length = header.getInt();
        int version = header.getInt();
        int message = header.getInt();
        int tag = header.getInt();
        if (length < HEADER_BYTES || length > MAX_BYTES) {
            throw new IOException("not a usbmuxd frame: length " + length);
        }
        ByteBuffer body = readFully(channel, length - HEADER_BYTES);
        if (version != VERSION || message != PLIST_MESSAGE) {
            throw new IOException("usbmuxd answered in an unsupported format (version " + version
                    + ", message " + message + ")");
        }
        return new UsbmuxFrame(tag, dictionary(body.array()));
    }

    static NSDictionary dictionary(byte[] plist) throws IOException {
        NSObject parsed;
        try {
            parsed = PropertyListParser.parse(plist);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("unreadable plist: " + e.getMessage(), e);
        }
        if (parsed instanceof NSDictionary dictionary) {
            return dictionary;
        }
        throw new IOException("expected a plist dictionary, got " + (parsed == null ? "nothing" : parsed.getClass().getSimpleName()));
    }

    static ByteBuffer readFully(ReadableByteChannel channel, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("connection closed after " + buffer.position() + " of " + bytes + " bytes");
            }
        }
        return buffer.flip();
    }
}
