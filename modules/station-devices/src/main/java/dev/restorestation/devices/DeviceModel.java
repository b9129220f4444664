package dev.restorestation.devices;

/** One row of the device catalog: an Apple product identified by its chip and board ids. */
public record DeviceModel(String productType, String hardwareModel, int boardId, int chipId, String name) {
}
