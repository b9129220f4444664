package dev.restorestation.advisor;

import static dev.restorestation.core.diagnosis.ErrorCategory.NETWORK;
import static dev.restorestation.core.diagnosis.ErrorCategory.STORAGE;
import static dev.restorestation.core.diagnosis.ErrorCategory.USB_CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShopAdvisorTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.bundled();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T12:00:00Z"), ZoneOffset.UTC);
    private static final Diagnosis LINK_LOST = new Diagnosis(USB_CONNECTION, 4013, null, "restore failed with 4013");
    private static final Ecid PHONE = new Ecid(0x1A2B3C4D5E6F01L);

    private final RecordedHistory history = new RecordedHistory();
    private final ShopAdvisor advisor = new ShopAdvisor(KNOWLEDGE, history, CLOCK);

    @Test
    void aKnownCodeGetsItsMeaningAndFixesInOrder() {
        Advice advice = advisor.advise(LINK_LOST, null, null);

        assertThat(advice.code()).isEqualTo("4013");
        assertThat(advice.category()).isEqualTo(USB_CONNECTION);
        assertThat(advice.known()).isTrue();
        assertThat(advice.meaning()).contains("lost its connection");
        assertThat(ids(advice)).startsWith("cable-swap", "direct-port").endsWith("board-inspection");
        assertThat(advice.escalation()).isEmpty();
    }

    @Test
    void rankingChangesAsTheShopRecordsWhatWorked() {
        List<String> before = ids(advisor.advise(LINK_LOST, "iPhone12,1", null));
        for (int i = 0; i < 8; i++) {
            Ecid device = new Ecid(0x100 + i);
            history.failed(device, "iPhone12,1", "1", 4013, USB_CONNECTION)
                    .failed(device, "iPhone12,1", "1", 4013, USB_CONNECTION, "cable-swap")
                    .succeeded(device, "iPhone12,1", "1", "update-host");
        }

        Advice after = advisor.advise(LINK_LOST, "iPhone12,1", null);

        assertThat(before.get(0)).isEqualTo("cable-swap");
        assertThat(ids(after).get(0)).isEqualTo("update-host");
        assertThat(after.fixes().get(0).evidence()).isEqualTo("worked 8 of 8 times here");
        assertThat(after.fixes()).filteredOn(f -> f.id().equals("cable-swap")).singleElement()
                .extracting(Fix::evidence).isEqualTo("worked 0 of 8 times here");
        assertThat(ids(advisor.advise(LINK_LOST, "iPhone14,2", null)).get(0))
                .as("another model has no history yet").isEqualTo("cable-swap");
    }

    @Test
    void anUnknownCodeGetsItsCategorysGenericAdviceAndSaysSo() {
        Advice advice = advisor.advise(new Diagnosis(USB_CONNECTION, 4999, null, "restore failed"), null, null);

        assertThat(advice.known()).isFalse();
        assertThat(advice.code()).isEqualTo("4999");
        assertThat(advice.category()).isEqualTo(USB_CONNECTION);
        assertThat(advice.meaning()).startsWith("Not in the knowledge base; general advice for usb-connection failures");
        assertThat(ids(advice)).isEqualTo(KNOWLEDGE.category(USB_CONNECTION).fixes().stream().map(KnowledgeFix::id).toList());
    }

    @Test
    void aSharedCodeFollowsTheDiagnosedCategory() {
        assertThat(advisor.advise(new Diagnosis(STORAGE, 6, null, "Status: Disk Failure"), null, null).meaning())
                .contains("disk failure");
        assertThat(advisor.advise(new Diagnosis(NETWORK, 6, null, "download blocked"), null, null).category())
                .isEqualTo(NETWORK);
    }

    @Test
    void anEngineFailureIsFoundByItsMessage() {
        Advice advice = advisor.advise(new Diagnosis(ErrorCategory.UNKNOWN, null, null,
                "Could not read data (-256). Aborting."), null, null);
        assertThat(advice.known()).isTrue();
        assertThat(advice.category()).isEqualTo(USB_CONNECTION);
        assertThat(advice.code()).isEqualTo("engine-read-256");
    }

    @Test
    void escalatesAfterRepeatedFailuresDespiteDifferentFixes() {
        history.failed(PHONE, "iPhone9,3", "2", 4013, USB_CONNECTION)
                .failed(PHONE, "iPhone9,3", "4", 4013, USB_CONNECTION, "cable-swap")
                .failed(PHONE, "iPhone9,3", "4", 4014, USB_CONNECTION, "direct-port", "update-host");

        Advice advice = advisor.advise(LINK_LOST, "iPhone9,3", PHONE);

        assertThat(advice.escalation()).contains("Failed 3 times", "3 different fixes", "likely hardware");
        assertThat(ids(advice)).containsExactly("audio-ic-check", "nand-diagnosis", "board-inspection");
        assertThat(advice.fixes()).noneMatch(Fix::destructive);
    }

    @Test
    void aSlotWithABadCableIsNamedFirst() {
        plantABadCableInSlotFive();
        history.failed(PHONE, "iPhone12,1", "5", 4013, USB_CONNECTION);

        Advice advice = advisor.advise(LINK_LOST, "iPhone12,1", PHONE);
        Advice elsewhere = advisor.advise(LINK_LOST, "iPhone12,1", new Ecid(201));

        assertThat(advice.fixes().get(0).id()).isEqualTo("other-slot");
        assertThat(advice.fixes().get(0).evidence()).startsWith("slot 5 lost USB on 9 of 13 attempts");
        assertThat(ids(advice)).containsOnlyOnce("other-slot");
        assertThat(elsewhere.fixes().get(0).id()).isEqualTo("cable-swap");
    }

    @Test
    void aFailingSlotIsBlamedBeforeThePhonesHardware() {
        plantABadCableInSlotFive();
        history.failed(PHONE, "iPhone12,1", "5", 4013, USB_CONNECTION)
                .failed(PHONE, "iPhone12,1", "5", 4013, USB_CONNECTION, "cable-swap")
                .failed(PHONE, "iPhone12,1", "5", 4013, USB_CONNECTION, "update-host");

        Advice advice = advisor.advise(LINK_LOST, "iPhone12,1", PHONE);

        assertThat(advice.escalation()).isEmpty();
        assertThat(advice.fixes().get(0).id()).isEqualTo("other-slot");
        assertThat(ids(advice)).contains("direct-port");
    }

    @Test
    void slotHealthIsJudgedAgainAfterAMinute() {
        MovableClock clock = new MovableClock(CLOCK.instant());
        ShopAdvisor advisorWithClock = new ShopAdvisor(KNOWLEDGE, history, clock);
        plantABadCableInSlotFive();
        history.failed(PHONE, "iPhone12,1", "5", 4013, USB_CONNECTION);
        assertThat(advisorWithClock.advise(LINK_LOST, "iPhone12,1", PHONE).fixes().get(0).id()).isEqualTo("other-slot");

        for (int i = 0; i < 60; i++) {
            history.succeeded(new Ecid(9000 + i), "iPhone12,1", "5");
        }
        assertThat(advisorWithClock.advise(LINK_LOST, "iPhone12,1", PHONE).fixes().get(0).id())
                .as("still the verdict of a moment ago").isEqualTo("other-slot");

        clock.now = clock.now.plus(ShopAdvisor.SLOT_RECHECK);
        assertThat(advisorWithClock.advise(LINK_LOST, "iPhone12,1", PHONE).fixes().get(0).id())
                .as("the new cable has proven itself").isEqualTo("cable-swap");
    }

    /** Eight slots of twelve attempts; slot 5 lost USB on eight of them, the others on one each. */
    private void plantABadCableInSlotFive() {
        for (int slot = 1; slot <= 8; slot++) {
            for (int i = 0; i < 12; i++) {
                Ecid device = new Ecid(slot * 100L + i);
                boolean lost = slot == 5 ? i < 8 : i == 0;
                if (lost) {
                    history.failed(device, "iPhone12,1", Integer.toString(slot), 4013, USB_CONNECTION);
                } else {
                    history.succeeded(device, "iPhone12,1", Integer.toString(slot));
                }
            }
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void askingForACategoryGivesItsGenericAdvice() {
        Advice advice = advisor.advise(new Diagnosis(NETWORK, null, null, ""), null, null);
        assertThat(advice.known()).isTrue();
        assertThat(advice.code()).isEqualTo("network");
        assertThat(ids(advice)).startsWith("apple-status");
    }

    private static List<String> ids(Advice advice) {
        return advice.fixes().stream().map(Fix::id).toList();
    }
}
