package dev.restorestation.advisor;

import static dev.restorestation.core.diagnosis.ErrorCategory.NETWORK;
import static dev.restorestation.core.diagnosis.ErrorCategory.USB_CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EscalationTest {

    private static final Ecid PHONE = new Ecid(0xABCDEF);

    private final RecordedHistory history = new RecordedHistory();

    @Test
    void triggersOnTheThirdFailureAfterTwoDifferentFixes() {
        history.failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION)
                .failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "cable-swap");
        assertThat(Escalation.check(history.attemptsForDevice(PHONE), USB_CONNECTION, Locale.ENGLISH)).isEmpty();

        history.failed(PHONE, "iPhone12,1", "1", 4005, USB_CONNECTION, "direct-port");

        assertThat(Escalation.check(history.attemptsForDevice(PHONE), USB_CONNECTION, Locale.ENGLISH))
                .hasValueSatisfying(why -> assertThat(why).contains("3 times", "cable-swap, direct-port", "likely hardware"));
    }

    @Test
    void theAttemptStillRunningIsTheFailureBeingAdvisedOn() {
        history.failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION)
                .failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "cable-swap")
                .running(PHONE, "iPhone12,1", "1", "direct-port");

        assertThat(Escalation.check(history.attemptsForDevice(PHONE), USB_CONNECTION, Locale.ENGLISH))
                .hasValueSatisfying(why -> assertThat(why).contains("3 times", "cable-swap, direct-port"));
    }

    @Test
    void anEarlierAttemptLeftRunningIsNotCounted() {
        history.failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION)
                .running(PHONE, "iPhone12,1", "1", "cable-swap")
                .failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "direct-port");
        assertThat(Escalation.check(history.attemptsForDevice(PHONE), USB_CONNECTION, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theSameFixRepeatedIsNotEnough() {
        history.failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION)
                .failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "cable-swap")
                .failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "cable-swap")
                .failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "cable-swap");
        assertThat(Escalation.check(history.attemptsForDevice(PHONE), USB_CONNECTION, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        history.failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION)
                .failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "cable-swap")
                .succeeded(PHONE, "iPhone12,1", "1", "direct-port")
                .failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "update-host");
        assertThat(Escalation.check(history.attemptsForDevice(PHONE), USB_CONNECTION, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void otherCategoriesDoNotCount() {
        history.failed(PHONE, "iPhone12,1", "1", 3194, NETWORK)
                .failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "cable-swap")
                .failed(PHONE, "iPhone12,1", "1", 3014, NETWORK, "direct-port");
        assertThat(Escalation.check(history.attemptsForDevice(PHONE), USB_CONNECTION, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void networkFailuresNeverBlameTheDevice() {
        history.failed(PHONE, "iPhone12,1", "1", 3014, NETWORK)
                .failed(PHONE, "iPhone12,1", "1", 3014, NETWORK, "fix-clock")
                .failed(PHONE, "iPhone12,1", "1", 3014, NETWORK, "hosts-file")
                .failed(PHONE, "iPhone12,1", "1", 3014, NETWORK, "other-network");
        Advice advice = new ShopAdvisor(KnowledgeBase.bundled(), history, Clock.systemUTC())
                .advise(new Diagnosis(NETWORK, 3014, null, "3014"), "iPhone12,1", PHONE);
        assertThat(advice.escalation()).isEmpty();
        assertThat(advice.fixes()).isNotEmpty();
    }
}
