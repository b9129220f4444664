package dev.restorestation.firmware;

/**
 * A firmware file (or its manifest) that is not what it claims to be. The message is one line with
 * every control character escaped, since it often quotes the file.
 */
public class InvalidFirmwareException extends RuntimeException {

    public InvalidFirmwareException(String message) {
        super(Printable.escape(message));
    }
}
