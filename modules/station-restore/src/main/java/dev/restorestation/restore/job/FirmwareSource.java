package dev.restorestation.restore.job;

import static dev.restorestation.restore.text.RestoreText.wording;

import dev.restorestation.core.device.BoardId;
import dev.restorestation.core.firmware.FirmwareCache;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.Worded;
import dev.restorestation.core.text.WordedIOException;
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
            throw new WordedIOException(wording("notStarted.modelUnknown", request.device().slot().label()));
        }
        return cache.acquire(productType, null, context);
    }

    /** Why no firmware could be had: Apple's servers out of reach, else the file itself. */
    static Diagnosis problem(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                return Diagnosis.worded(ErrorCategory.NETWORK, wording("notStarted.download", Worded.reasonOf(e)));
            }
        }
        return Diagnosis.worded(ErrorCategory.FIRMWARE_FILE, wording("notStarted.noFirmware", Worded.reasonOf(e)));
    }

    /** Null when the leased build restores the device; otherwise why not. Unknown devices are left to the engine. */
    static Diagnosis misfit(FirmwareLease lease, RestoreRequest request) {
        BoardId board = request.board();
        if (board != null) {
            if (lease.restores(board.chipId(), board.boardId(), request.kind())) {
                return null;
            }
            return Diagnosis.worded(ErrorCategory.FIRMWARE_FILE, wording(
                    request.kind() == RestoreKind.ERASE ? "misfit.noErase" : "misfit.noUpdate",
                    lease.build().build(), lease.build().version(), String.format(Locale.ROOT, "%04X", board.chipId()),
                    String.format(Locale.ROOT, "%02X", board.boardId())));
        }
        String productType = request.device().productType();
        if (productType == null || lease.build().supports(productType)) {
            return null;
        }
        return Diagnosis.worded(ErrorCategory.FIRMWARE_FILE,
                wording("misfit.notFor", lease.build().build(), lease.build().version(), productType));
    }
}
