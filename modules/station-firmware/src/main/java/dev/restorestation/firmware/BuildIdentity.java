package dev.restorestation.firmware;

/**
 * One way an IPSW can restore one board: its chip and board ids, device class and whether it
 * erases or updates.
 *
 * @param restoreBehavior "Erase" or "Update"; empty for research variants that have none
 */
public record BuildIdentity(int chipId, int boardId, String deviceClass, String restoreBehavior, String variant) {
}
