package dev.restorestation.gui.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.firmware.CacheUsage;
import org.junit.jupiter.api.Test;

class CacheUsageBarTest {

    private static final long GIB = 1L << 30;

    @Test
    void usageIsSaidAgainstTheCapWithTheDisksFreeSpace() {
        assertThat(CacheUsageBar.describe(new CacheUsage(75 * GIB, 300 * GIB, 1024 * GIB, "/cache")))
                .isEqualTo("75.0 GiB of 300.0 GiB cap (25%) · 1.0 TiB free on the disk");
    }

    @Test
    void overTheCapSaysWhatGoesFirst() {
        assertThat(CacheUsageBar.describe(new CacheUsage(310 * GIB, 300 * GIB, 10 * GIB, "/cache")))
                .contains("over the cap").contains("least recently used");
    }

    @Test
    void withoutACapThereIsNoPercentage() {
        assertThat(CacheUsageBar.describe(new CacheUsage(GIB, 0, GIB, "/cache")))
                .isEqualTo("1.0 GiB in the cache, no size cap · 1.0 GiB free on the disk");
    }
}
