package dev.restorestation.firmware;

import dev.restorestation.core.restore.RestoreKind;

/**
 * One way an IPSW can restore one board: its chip and board ids, device class and whether it
 * erases or updates.
 *
 * @param restoreBehavior "Erase" or "Update"; empty for research variants that have none
 */
public record BuildIdentity(int chipId, int boardId, String deviceClass, String restoreBehavior, String variant) {

    /** Whether this identity restores that board that way. */
    public boolean restores(int chip, int board, RestoreKind kind) {
        return chipId == chip && boardId == board
                && restoreBehavior.equals(kind == RestoreKind.ERASE ? "Erase" : "Update");
    }
}
