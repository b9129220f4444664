package dev.restorestation.app.channel;

/** The running station refused a request, stopped, or did not answer; the message is one line for the command to print. */
public final class ChannelException extends RuntimeException {

    public ChannelException(String message) {
        super(message);
    }
}
