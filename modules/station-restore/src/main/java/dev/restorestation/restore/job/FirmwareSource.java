package dev.restorestation.restore.job;

import dev.restorestation.core.device.BoardId;
import dev.restorestation.core.firmware.FirmwareCache;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.task.TaskContext;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/** Gets the verified IPSW a request asks for, and says whether it fits the device. */
final class FirmwareSource {

    private FirmwareSource() {
    }

    static FirmwareLease acquire(FirmwareCache cache, RestoreRequest request, TaskContext context) throws IOException {
        String productType = request.device().productType();
        FirmwareChoice choice = request.firmware();
        if (choice instanceof FirmwareChoice.LocalFile file) {
            return cache.acquireFile(file.ipsw(), context);
        }
        if (choice instanceof FirmwareChoice.Build build) {
            return cache.acquire(productType, build.build(), context);
        }
        if (productType == null) {
            throw new IOException("the model of the device in slot " + request.device().slot().label()
                    + " is not known yet, so its latest signed build cannot be chosen: name a build or an IPSW");
        }
        return cache.acquire(productType, null, context);
    }

    /** Why no firmware could be had: Apple's servers out of reach, else the file itself. */
    static Diagnosis problem(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                return new Diagnosis(ErrorCategory.NETWORK, null, null, "The firmware could not be downloaded: " + e.getMessage());
            }
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Diagnosis(ErrorCategory.FIRMWARE_FILE, null, null, "No usable firmware: " + why);
    }

    /** Null when the leased build restores the device; otherwise why not. Unknown devices are left to the engine. */
    static Diagnosis misfit(FirmwareLease lease, RestoreRequest request) {
        String what = "Build " + lease.build().build() + " (iOS " + lease.build().version() + ")";
        BoardId board = request.board();
        if (board != null) {
            if (lease.restores(board.chipId(), board.boardId(), request.kind())) {
                return null;
            }
            return new Diagnosis(ErrorCategory.FIRMWARE_FILE, null, null, String.format(Locale.ROOT,
                    "%s has no %s for this board (CPID 0x%04X, BDID 0x%02X)", what, action(request.kind()),
                    board.chipId(), board.boardId()));
        }
        String productType = request.device().productType();
        if (productType == null || lease.build().supports(productType)) {
            return null;
        }
        return new Diagnosis(ErrorCategory.FIRMWARE_FILE, null, null, what + " is not for " + productType);
    }

    private static String action(RestoreKind kind) {
        return kind == RestoreKind.ERASE ? "erase restore" : "update";
    }
}
