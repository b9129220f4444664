package dev.restorestation.app.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restorestation.app.Station;
import dev.restorestation.app.StationRun;
import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.assembly.StationAssembly;
import dev.restorestation.app.channel.ChannelProtocol;
import dev.restorestation.app.channel.ChannelRequests;
import dev.restorestation.app.channel.ChannelServer;
import dev.restorestation.app.cli.QueueRequests;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.devices.SimulatedBench;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.restore.engine.SimulatedEngine;
import dev.restorestation.restore.engine.SimulatedOutcome;
import dev.restorestation.restore.job.DevicePresence;
import dev.restorestation.restore.job.DeviceReturn;
import dev.restorestation.restore.job.RestoreJobs;
import dev.restorestation.restore.job.RetryPolicy;
import dev.restorestation.restore.job.SigningPolicy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code station queue} asks the station that runs on the data directory over its channel: a
 * command-line restore in a second process, and a bench of restore jobs held back by the station cap.
 */
class QueueCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_RUNNING = "station: no station is running on this data directory: "
            + "the queue lives in a running station\n";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void withNoStationRunningTheQueueSaysSoInOneLine() {
        StationRun run = run("queue");

        assertThat(run).isEqualTo(new StationRun(1, "", NOT_RUNNING));
        assertThat(dataDir).as("asking creates nothing").isEmptyDirectory();
    }

    @Test
    void aCommandLineRestoreInAnotherProcessShowsItsRunningRestoreUntilItIsKilled() throws Exception {
        Path ipsw = ipsw();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process restore = new ProcessBuilder(java, "-Duser.language=en", "-Duser.country=US", "-cp",
                System.getProperty("java.class.path"), Station.class.getName(),
                "--data-dir", dataDir.toString(), "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "Q-1",
                "--ipsw", ipsw.toString(), "--update", "--engine", "simulated", "--sim-outcome", "hang")
                .redirectError(files.resolve("stderr.txt").toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(restore.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.matches("slot 1: .* \\d+%"));
            assertThat(line).as("the engine's progress").isNotNull();

            StationRun json = run("queue", "--json");
            assertThat(json.exit()).as(json.err()).isZero();
            JsonNode queue = JSON.readTree(json.out());
            assertThat(queue.path("paused").asBoolean(true)).isFalse();
            assertThat(queue.path("entries")).singleElement().satisfies(entry -> {
                assertThat(entry.path("state").asText()).isEqualTo("running");
                assertThat(entry.path("slot").asText()).isEqualTo("1");
                assertThat(entry.path("ticket").asText()).isEqualTo("Q-1");
                assertThat(entry.path("build").asText()).isEqualTo("20H350");
                assertThat(entry.path("kind").asText()).isEqualTo("update");
                assertThat(entry.has("waitingFor")).isFalse();
            });
            StationRun text = run("queue");
            assertThat(text.out().lines()).hasSize(2);
            assertThat(text.out().lines().skip(1).findFirst().orElseThrow().split(" +"))
                    .containsExactly("-", "1", "Q-1", "20H350", "update", "running");

            StationRun paused = run("queue", "--pause");
            assertThat(paused.out()).startsWith("Queue paused: no waiting restore starts until it resumes.\n");
            assertThat(run("queue", "--resume").out()).doesNotContain("paused");
            assertThat(run("queue", "--up", "1")).as("a running restore has no place to move")
                    .isEqualTo(new StationRun(1, "", "station: slot 1 has no waiting restore\n"));

            restore.destroyForcibly();
            assertThat(restore.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(ChannelProtocol.socket(dataDir)).as("left behind by kill -9").exists();
            assertThat(run("queue", "--json")).as("nothing answers on the socket left behind")
                    .isEqualTo(new StationRun(1, "", NOT_RUNNING));
        } finally {
            restore.destroyForcibly();
        }
    }

    @Test
    void restoresHeldBackByTheStationCapAreMovedRemovedAndPausedFromTheCommandLine() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"version\": 2, \"parallelRestores\": 1}");
        StationAssembly station = StationAssembly.of(new DataDirectory(dataDir).open(), warning -> { });
        Path ipsw = ipsw();
        try (HistoryDatabase history = station.history(StationAssembly.HistoryMode.CREATE).orElseThrow();
             RestoreJobs jobs = station.restoreJobs(new SimulatedEngine(ecid -> new SimulatedOutcome.Hang(),
                     Duration.ofMillis(20), ecid -> { }), station.commandLineFirmware(), history,
                     DevicePresence.unwatched(), DeviceReturn.unwatched(), SigningPolicy.withoutCatalog(),
                     RetryPolicy.none());
             ChannelServer channel = ChannelServer.serve(dataDir, QueueRequests.register(new ChannelRequests(), jobs))) {
            for (int slot = 1; slot <= 3; slot++) {
                DeviceSnapshot device = new DeviceSnapshot(SimulatedBench.slot(slot), DeviceMode.DFU,
                        Ecid.parse("0x1A2B3C4D5E6F7" + slot), null, "iPhone10,1", "iPhone 8", null);
                jobs.submit(RestoreRequest.of(device, new Ticket("Q-" + slot), new FirmwareChoice.LocalFile(ipsw),
                        RestoreKind.UPDATE).build(), update -> { });
            }
            await(jobs, entries -> entries.stream().filter(e -> e.waitingFor() != null)
                    .filter(e -> e.waitingFor().id().equals("station-cap")).count() == 2);

            JsonNode queue = JSON.readTree(run("queue", "--json").out());
            assertThat(queue.path("entries")).hasSize(3);
            assertThat(queue.path("entries").get(0).path("state").asText()).isEqualTo("waiting");
            assertThat(queue.path("entries").get(0).path("position").asInt()).isEqualTo(1);
            assertThat(queue.path("entries").get(0).path("waitingLabel").asText()).isEqualTo("Station cap");
            String running = queue.path("entries").get(2).path("slot").asText();
            assertThat(queue.path("entries").get(2).path("state").asText()).isEqualTo("running");
            String first = queue.path("entries").get(0).path("slot").asText();
            String second = queue.path("entries").get(1).path("slot").asText();

            StationRun down = run("queue", "--down", first);
            assertThat(down.exit()).as(down.err()).isZero();
            assertThat(slotsInOrder(down)).containsExactly(second, first, running);
            assertThat(run("queue", "--down", first))
                    .isEqualTo(new StationRun(1, "", "station: the restore in slot " + first + " is last already\n"));
            assertThat(slotsInOrder(run("queue", "--up", first))).containsExactly(first, second, running);

            StationRun paused = run("queue", "--pause");
            assertThat(paused.out()).startsWith("Queue paused");
            assertThat(paused.out().lines().filter(each -> each.endsWith("waiting: Queue paused"))).hasSize(2);
            assertThat(jobs.paused()).isTrue();
            run("queue", "--resume");
            assertThat(jobs.paused()).isFalse();

            assertThat(slotsInOrder(run("queue", "--remove", second))).startsWith(first, running).doesNotHaveDuplicates();
            await(jobs, entries -> entries.size() == 3 && entries.get(2).state() == QueueEntry.State.DONE
                    && entries.get(2).slot().equals(second));
            JsonNode removed = JSON.readTree(run("queue", "--json").out()).path("entries").get(2);
            assertThat(removed.path("outcome").asText()).as("ids, not words").isEqualTo("not-started");
            assertThat(removed.path("category").asText()).isEqualTo("unknown");
            assertThat(doneLine(second, "en")).endsWith(" done: not started · Unknown");
            assertThat(doneLine(second, "de")).endsWith(" fertig: nicht gestartet · Unbekannt");
            assertThat(doneLine(second, "es")).endsWith(" terminada: no iniciada · Desconocido");
            assertThat(run("queue", "--remove", "9"))
                    .isEqualTo(new StationRun(1, "", "station: slot 9 has no waiting restore\n"));
            assertThat(run("queue", "--up", "1", "--down", "2").exit()).as("one change at a time").isEqualTo(2);
        }
    }

    /** The text listing's line for the restore in {@code slot}, in a language. */
    private String doneLine(String slot, String language) {
        StationLanguage.choose(language);
        try {
            return run("queue").out().lines().skip(1).filter(line -> line.split(" +")[1].equals(slot))
                    .findFirst().orElseThrow();
        } finally {
            StationLanguage.choose("");
        }
    }

    /** The slots of the text listing's lines, in order. */
    private static List<String> slotsInOrder(StationRun run) {
        return run.out().lines().filter(line -> !line.startsWith("Queue paused")).skip(1)
                .map(line -> line.split(" +")[1]).toList();
    }

    private static void await(RestoreJobs jobs, Predicate<List<QueueEntry>> reached) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!reached.test(jobs.entries())) {
            assertThat(System.nanoTime()).as("the queue reached the state in 60 s: " + jobs.entries()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private Path ipsw() throws Exception {
        return SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1", "iPhone10,4")
                .identity(0x8015, 0x02, "d20ap")
                .write(files.resolve("iPhone10,1_16.7.10_20H350_Restore.ipsw"));
    }

    private StationRun run(String... args) {
        return StationRun.in(dataDir, args);
    }

}
