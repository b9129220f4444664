package dev.restorestation.restore.log;

import dev.restorestation.core.diagnosis.ErrorCategory;

/**
 * The category of an Apple restore error number, as far as the number alone tells it. The
 * advisor's knowledge base says what to do; this only sorts a code found in a log.
 */
final class AppleErrorCodes {

    private AppleErrorCodes() {
    }

    static ErrorCategory category(int code) {
        return switch (code) {
            case 9, 13, 14, 1611, 4005, 4013, 4014, 4016, 2000, 2001, 2002, 2005, 2006, 2009 -> ErrorCategory.USB_CONNECTION;
            case 2, 4, 17, 1013, 1109, 1638, 1639, 3200, 9006 -> ErrorCategory.NETWORK;
            case 3194 -> ErrorCategory.SIGNING;
            case 6, 27, 1100 -> ErrorCategory.STORAGE;
            case 1, 3, 1002, 1004, 1011, 1012, 1014, 1015, 1667, 1669 -> ErrorCategory.BASEBAND;
            case 50, 51, 53, 56 -> ErrorCategory.SECURITY_PAIRING;
            case 10, 34, 35, 1671, 4000 -> ErrorCategory.HOST;
            default -> range(code);
        };
    }

    private static ErrorCategory range(int code) {
        if (code >= 1600 && code <= 1604 || code >= 1643 && code <= 1650) {
            return ErrorCategory.USB_CONNECTION;
        }
        if (code >= 3000 && code <= 3020) {
            return ErrorCategory.NETWORK;
        }
        return ErrorCategory.UNKNOWN;
    }
}
