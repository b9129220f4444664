package dev.restorestation.core.text;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;

/**
 * Why a connection failed, in words rather than the JDK's: its exceptions often have no message
 * ({@code ConnectException}) or one in English written for programmers ("Expected authority"), and
 * the kind is all a technician can act on. The exception itself, with its own text, stays in the log.
 */
public final class NetworkFailure {

    private NetworkFailure() {
    }

    /** "could not connect to 127.0.0.1:9: connection refused"; {@code place} is a host, or host and port. */
    public static Wording connecting(String place, Throwable failure) {
        return CoreText.wording("network.couldNotConnect", place, reason(failure));
    }

    /**
     * A failure of the JDK's network classes said in words, for a front end about to show its class name
     * or its programmer's message; empty for any other failure, which says itself.
     */
    public static Optional<Wording> ofJdk(Throwable failure) {
        if (failure instanceof Worded || !anyInChain(failure, NetworkFailure::isJdkNetworkFailure)) {
            return Optional.empty();
        }
        if (failure instanceof UnknownHostException && failure.getMessage() != null && !failure.getMessage().isBlank()) {
            return Optional.of(connecting(failure.getMessage(), failure));
        }
        return Optional.of(reason(failure));
    }

    private static boolean isJdkNetworkFailure(Throwable failure) {
        return failure instanceof SocketException || failure instanceof UnknownHostException
                || failure instanceof SocketTimeoutException || failure instanceof HttpTimeoutException
                || failure instanceof SSLException || failure instanceof UnresolvedAddressException;
    }

    /** The reason alone: "connection refused", "no such host is known", … */
    public static Wording reason(Throwable failure) {
        if (anyInChain(failure, cause -> cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException)) {
            return CoreText.wording("network.unknownHost");
        }
        if (anyInChain(failure, cause -> cause instanceof SSLException)) {
            return CoreText.wording("network.tls");
        }
        if (anyInChain(failure, cause -> cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException
                || says(cause, "timed out"))) {
            return CoreText.wording("network.timedOut");
        }
        if (anyInChain(failure, cause -> cause instanceof NoRouteToHostException || says(cause, "unreachable"))) {
            return CoreText.wording("network.noRoute");
        }
        if (anyInChain(failure, cause -> cause instanceof ConnectException || says(cause, "refused"))) {
            return CoreText.wording("network.refused");
        }
        if (anyInChain(failure, cause -> cause instanceof EOFException || cause instanceof ClosedChannelException
                || says(cause, "reset") || says(cause, "closed"))) {
            return CoreText.wording("network.closed");
        }
        return CoreText.wording("network.failed");
    }

    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean says(Throwable cause, String words) {
        return cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains(words);
    }
}
