package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.task.SameThreadTaskExecutor;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.core.text.Messages;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.text.WordedIOException;
import dev.restorestation.core.text.Wording;
import java.awt.EventQueue;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UiTaskTest {

    @Test
    void describeNeverSaysNull() {
        assertThat(UiTask.describe(new NullPointerException())).isEqualTo("NullPointerException");
        assertThat(UiTask.describe(new IOException("  "))).isEqualTo("IOException");
        assertThat(UiTask.describe(new CompletionException(new IOException((String) null)))).isEqualTo("IOException");
    }

    @Test
    void describeGivesTheFirstLineOfTheFailureInsideTheWrapping() {
        IOException cause = new IOException("the cache folder is full\n\tat somewhere");

        assertThat(UiTask.describe(new CompletionException(new ExecutionException(cause))))
                .isEqualTo("the cache folder is full");
    }

    @Test
    void theJdksNetworkFailuresAreSaidInWordsNotByTheirClassNames() {
        StationLanguage.choose("es");
        try {
            assertThat(UiTask.describe(new CompletionException(new java.net.ConnectException())))
                    .isEqualTo("conexión rechazada");
            assertThat(UiTask.describe(new java.net.UnknownHostException("pos.example")))
                    .isEqualTo("no se pudo conectar con pos.example: no se conoce ningún equipo con ese nombre");
            assertThat(UiTask.describe(new java.net.http.HttpConnectTimeoutException("HTTP connect timed out")))
                    .isEqualTo("no hubo respuesta a tiempo");
            StationLanguage.choose("de");
            assertThat(UiTask.describe(new IOException(new javax.net.ssl.SSLHandshakeException("PKIX path building failed"))))
                    .isEqualTo("die sichere Verbindung (TLS) ist fehlgeschlagen");
        } finally {
            StationLanguage.choose("en");
        }
        assertThat(UiTask.describe(new java.net.ConnectException("Connection refused"))).isEqualTo("connection refused");
        assertThat(UiTask.describe(new IOException("Stream closed"))).as("not a network failure").isEqualTo("Stream closed");
    }

    @Test
    void anAdaptersWordedFailureIsDescribedInTheStationsLanguage() {
        Wording udevRule = Wording.of(new Messages("dev.restorestation.gui.bench.device-problems", UiTaskTest.class),
                "problem.udevRule");
        StationLanguage.choose("de");
        try {
            assertThat(UiTask.describe(new CompletionException(new WordedIOException(udevRule))))
                    .isEqualTo("Details nicht lesbar: udev-Regel installieren");
        } finally {
            StationLanguage.choose("en");
        }
        assertThat(UiTask.describe(new WordedIOException(udevRule))).isEqualTo("details unavailable: install the udev rule");
    }

    @Test
    void successAndFailureArriveOnTheEventThread() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch both = new CountDownLatch(2);
        try (ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor("ui-task-test", 2)) {
            UiTask.run(tasks, "works", context -> "42", value -> {
                seen.add("ok " + value + " " + EventQueue.isDispatchThread());
                both.countDown();
            }, failure -> both.countDown());
            UiTask.run(tasks, "fails", context -> {
                throw new IOException("disk gone");
            }, value -> both.countDown(), failure -> {
                seen.add("failed " + UiTask.describe(failure) + " " + failure.getClass().getSimpleName() + " "
                        + EventQueue.isDispatchThread());
                both.countDown();
            });
            assertThat(both.await(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(seen).containsExactlyInAnyOrder("ok 42 true", "failed disk gone IOException true");
    }

    @Test
    void onTheEventThreadTheSameThreadExecutorAnswersAtOnce() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        EventQueue.invokeAndWait(() -> {
            UiTask.run(new SameThreadTaskExecutor(), "now", context -> "done", seen::add, failure -> seen.add("failed"));
            seen.add("after");
        });

        assertThat(seen).containsExactly("done", "after");
    }
}
