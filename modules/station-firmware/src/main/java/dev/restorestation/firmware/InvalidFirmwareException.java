package dev.restorestation.firmware;

/** A firmware file (or its manifest) that is not what it claims to be. */
public class InvalidFirmwareException extends RuntimeException {

    public InvalidFirmwareException(String message) {
        super(message);
    }
}
