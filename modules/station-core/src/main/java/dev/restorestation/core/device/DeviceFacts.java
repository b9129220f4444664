package dev.restorestation.core.device;

/**
 * What a device in Normal mode says about itself to a host it is not paired with (lockdownd's
 * GetValue outside a session). Each value is null when the device did not give it.
 *
 * @param activationState e.g. {@code Unactivated} or {@code Activated}
 */
public record DeviceFacts(String productType, String productVersion, String buildVersion, String udid,
                          String activationState) {
}
