package dev.restorestation.devices.usbmux;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where usbmuxd listens: {@code /var/run/usbmuxd} on Linux and macOS, TCP 127.0.0.1:27015 on
 * Windows, or what {@code USBMUXD_SOCKET_ADDRESS} says ({@code UNIX:/path} or {@code host:port},
 * the same variable libimobiledevice's tools read).
 */
public record UsbmuxSocket(SocketAddress address) {

    public static final String ENVIRONMENT_VARIABLE = "USBMUXD_SOCKET_ADDRESS";

    public static UsbmuxSocket system() {
        return of(System.getenv(), System.getProperty("os.name", ""));
    }

    static UsbmuxSocket of(Map<String, String> environment, String osName) {
        String configured = environment.get(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return parse(configured.strip());
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            return new UsbmuxSocket(new InetSocketAddress("127.0.0.1", 27015));
        }
        return unix(Path.of("/var/run/usbmuxd"));
    }

    public static UsbmuxSocket unix(Path path) {
        return new UsbmuxSocket(UnixDomainSocketAddress.of(path));
    }

    static UsbmuxSocket parse(String text) {
        if (text.regionMatches(true, 0, "UNIX:", 0, 5)) {
            return unix(Path.of(text.substring(5)));
        }
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " should be UNIX:/path or host:port, was " + text);
        }
        try {
            return new UsbmuxSocket(new InetSocketAddress(text.substring(0, colon),
                    Integer.parseInt(text.substring(colon + 1))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " has a bad port: " + text, e);
        }
    }

    /** A new blocking connection; usbmuxd wants one per purpose (listening, listing, a tunnel). */
    public SocketChannel connect() throws IOException {
        SocketChannel channel = address instanceof UnixDomainSocketAddress
                ? SocketChannel.open(StandardProtocolFamily.UNIX)
                : SocketChannel.open();
        try {
            channel.connect(address);
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return address instanceof UnixDomainSocketAddress unix ? unix.getPath().toString() : address.toString();
    }
}
