package dev.restorestation.firmware.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.firmware.SigningAnswer;
import dev.restorestation.firmware.catalog.CatalogSigning;
import dev.restorestation.firmware.catalog.FirmwareCatalog;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog's signed flag through a real loopback catalog: signed, unsigned, unlisted, offline, reused. */
class CatalogSigningTest {

    @TempDir
    Path dir;

    private LoopbackServer server;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        server.document("/device/iPhone13,2", Fixtures.deviceJson("iPhone13,2", "23C71",
                URI.create("https://updates.cdn-apple.com/x.ipsw"), 9_876_543_210L,
                "693bb78c8f6baf4186f7797bf3a0ef7d3b18255e",
                "1f6096c3298c87172f431e4924a4cf3c53298e5920f4b6c817929aa32d90c5ff", true));
        server.document("/version.xml", "not a plist");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CatalogSigning signing() {
        return new CatalogSigning(FirmwareCatalog.open(Downloader.httpClient(), server.base(), dir, clock), clock);
    }

    @Test
    void saysSignedUnsignedAndUnlistedAsTheCatalogHasThem() throws Exception {
        CatalogSigning signing = signing();

        SigningAnswer latest = signing.ask("iPhone13,2", "23C71");
        assertThat(latest.state()).isEqualTo(SigningAnswer.State.SIGNED);
        assertThat(latest.offline()).isFalse();
        assertThat(latest.fresh(now.get(), Duration.ofHours(1))).isTrue();
        assertThat(signing.ask("iPhone13,2", "23B85").state()).isEqualTo(SigningAnswer.State.NOT_SIGNED);
        assertThat(signing.ask("iPhone13,2", "20A362").state()).isEqualTo(SigningAnswer.State.NOT_LISTED);
    }

    @Test
    void oneListingServesABenchOfAsksForAFewMinutesThenIsReadAgain() throws Exception {
        CatalogSigning signing = signing();
        signing.ask("iPhone13,2", "23C71");
        int afterFirst = server.requests.get();

        for (int i = 0; i < 20; i++) {
            signing.ask("iPhone13,2", "23C71");
        }
        assertThat(server.requests.get()).isEqualTo(afterFirst);

        now.set(now.get().plus(Duration.ofMinutes(6)));
        signing.ask("iPhone13,2", "23C71");
        assertThat(server.requests.get()).isGreaterThan(afterFirst);
    }

    @Test
    void offlineTheSavedCopyAnswersWithItsAgeAndIsNeverFresh() throws Exception {
        signing().ask("iPhone13,2", "23C71");
        server.fault = LoopbackServer.Fault.SERVER_ERROR;
        now.set(now.get().plus(Duration.ofHours(30)));

        SigningAnswer answer = signing().ask("iPhone13,2", "23C71");

        assertThat(answer.state()).isEqualTo(SigningAnswer.State.SIGNED);
        assertThat(answer.offline()).isTrue();
        assertThat(Duration.between(answer.checkedAt(), now.get())).isGreaterThanOrEqualTo(Duration.ofHours(29));
        assertThat(answer.fresh(now.get(), Duration.ofDays(7))).isFalse();
    }
}
