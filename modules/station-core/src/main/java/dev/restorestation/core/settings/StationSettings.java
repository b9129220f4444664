package dev.restorestation.core.settings;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.List;
import java.util.Objects;

/**
 * Everything the station remembers between runs, as one versioned object. A change of shape
 * bumps {@link #CURRENT_VERSION} and adds an upgrade step where the settings file is read.
 *
 * @param databaseUrl     empty for the embedded H2 database in the data directory
 * @param enginePath      empty to find {@code idevicerestore} on the PATH
 * @param cacheCapBytes   the firmware cache's size limit; 0 for no limit
 * @param shopName        the shop's name as reports print it; empty when not set
 * @param shopLocation    the shop's address or town as reports print it; empty when not set
 * @param verifyWaitMinutes how long a restored device has to come back in Normal mode (1–120)
 * @param parallelRestores   how many restores run at once on the whole station (1–64)
 * @param restoresPerRootHub how many of them on one root hub, i.e. one USB bus (1–64)
 * @param restoresPerHub     how many of them on one hub (1–64)
 * @param maxHubDepth        how many hubs deep a slot may sit before its tile warns (0–7)
 * @param autoRetry          ids of the error categories retried once by the station itself
 * @param finishAlerts       a desktop notification and a chime when a restore ends or needs the technician
 * @param signingMaxAgeHours how old the catalog's word that a build is signed may be before an
 *                          erase asks first (1–720)
 * @param labels             the label printer and stock, and whether a verified device gets its label by itself
 * @param language           the language the station speaks, as a tag such as {@code de}; empty for the system's
 */
public record StationSettings(int version, Theme theme, WindowBounds window, String technician,
                              long cacheCapBytes, String databaseUrl, String enginePath,
                              int parallelRestores, String shopName, String shopLocation, int verifyWaitMinutes,
                              int signingMaxAgeHours, int restoresPerRootHub, int restoresPerHub,
                              int maxHubDepth, List<String> autoRetry, boolean finishAlerts, LabelPrinting labels,
                              String language) {

    public static final int CURRENT_VERSION = 7;
    public static final int DEFAULT_VERIFY_WAIT_MINUTES = 10;
    public static final int DEFAULT_SIGNING_MAX_AGE_HOURS = 24;
    public static final int DEFAULT_PER_ROOT_HUB = 8;
    public static final int DEFAULT_PER_HUB = 4;
    public static final int DEFAULT_MAX_HUB_DEPTH = 2;
    /** A dropped USB link is the failure most often cured by trying again. */
    public static final List<String> DEFAULT_AUTO_RETRY = List.of(ErrorCategory.USB_CONNECTION.id());

    public StationSettings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(window, "window");
        technician = technician == null ? "" : technician.strip();
        databaseUrl = databaseUrl == null ? "" : databaseUrl.strip();
        enginePath = enginePath == null ? "" : enginePath.strip();
        shopName = shopName == null ? "" : shopName.strip();
        shopLocation = shopLocation == null ? "" : shopLocation.strip();
        language = language == null ? "" : language.strip();
        if (verifyWaitMinutes < 1 || verifyWaitMinutes > 120) {
            throw new InvalidSettingException("setting.verifyWait", verifyWaitMinutes);
        }
        if (signingMaxAgeHours < 1 || signingMaxAgeHours > 720) {
            throw new InvalidSettingException("setting.signingAge", signingMaxAgeHours);
        }
        if (maxHubDepth < 0 || maxHubDepth > 7) {
            throw new InvalidSettingException("setting.hubDepth", maxHubDepth);
        }
        autoRetry = autoRetry == null ? List.of() : List.copyOf(autoRetry);
        labels = labels == null ? LabelPrinting.DEFAULT : labels;
        for (String id : autoRetry) {
            ErrorCategory category;
            try {
                category = ErrorCategory.fromId(id);
            } catch (IllegalArgumentException unknown) {
                throw new InvalidSettingException("setting.unknownCategory", id);
            }
            if (!category.retryable()) {
                throw new InvalidSettingException("setting.neverRetried", id);
            }
        }
        if (cacheCapBytes < 0) {
            throw new InvalidSettingException("setting.cacheCap");
        }
        if (parallelRestores < 1 || parallelRestores > 64) {
            throw new InvalidSettingException("setting.parallel", parallelRestores);
        }
        if (restoresPerRootHub < 1 || restoresPerRootHub > 64 || restoresPerHub < 1 || restoresPerHub > 64) {
            throw new InvalidSettingException("setting.perHub", restoresPerRootHub, restoresPerHub);
        }
    }

    public static StationSettings defaults() {
        return new StationSettings(CURRENT_VERSION, Theme.SYSTEM, WindowBounds.DEFAULT, "",
                300L * 1024 * 1024 * 1024, "", "", 10, "", "", DEFAULT_VERIFY_WAIT_MINUTES,
                DEFAULT_SIGNING_MAX_AGE_HOURS, DEFAULT_PER_ROOT_HUB, DEFAULT_PER_HUB, DEFAULT_MAX_HUB_DEPTH,
                DEFAULT_AUTO_RETRY, true, LabelPrinting.DEFAULT, "");
    }

    public StationSettings withWindow(WindowBounds bounds) {
        return new StationSettings(version, theme, bounds, technician, cacheCapBytes, databaseUrl, enginePath,
                parallelRestores, shopName, shopLocation, verifyWaitMinutes, signingMaxAgeHours,
                restoresPerRootHub, restoresPerHub, maxHubDepth, autoRetry, finishAlerts, labels, language);
    }

    public StationSettings withTheme(Theme newTheme) {
        return new StationSettings(version, newTheme, window, technician, cacheCapBytes, databaseUrl, enginePath,
                parallelRestores, shopName, shopLocation, verifyWaitMinutes, signingMaxAgeHours,
                restoresPerRootHub, restoresPerHub, maxHubDepth, autoRetry, finishAlerts, labels, language);
    }
}
