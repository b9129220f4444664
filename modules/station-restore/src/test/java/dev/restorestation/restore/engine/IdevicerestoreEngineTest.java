package dev.restorestation.restore.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.restore.EngineAction;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineRequest;
import dev.restorestation.core.restore.EngineRun;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.restore.IdevicerestoreProbe;
import dev.restorestation.restore.log.EngineLogClassifier;
import dev.restorestation.restore.log.EngineVerdict;
import dev.restorestation.restore.log.ExitConvention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdevicerestoreEngineTest {

    private static final Ecid ECID = new Ecid(0x15BEA3C1200C2EL);

    @TempDir
    Path dir;

    @Test
    void updateCommandIsAnArgumentListWithTheIpswLast() {
        IdevicerestoreEngine engine = new IdevicerestoreEngine(Path.of("/usr/bin/idevicerestore"), "1.0.0");
        Path ipsw = Path.of("/data/firmware/a b; rm -rf.ipsw");

        List<String> update = engine.command(request(ipsw, RestoreKind.UPDATE, EngineAction.RESTORE, false));
        List<String> erase = engine.command(request(ipsw, RestoreKind.ERASE, EngineAction.RESTORE, false));
        List<String> check = engine.command(request(ipsw, RestoreKind.UPDATE, EngineAction.SIGNING_CHECK, true));

        assertThat(update).containsExactly("/usr/bin/idevicerestore", "-i", "0x15BEA3C1200C2E", "-y", "-P",
                "-C", dir.resolve("cache").toString(), ipsw.toString());
        assertThat(erase).containsExactly("/usr/bin/idevicerestore", "-i", "0x15BEA3C1200C2E", "-y", "-P", "-e",
                "-C", dir.resolve("cache").toString(), ipsw.toString());
        assertThat(check).containsSubsequence("-d", "-t", ipsw.toString()).last().isEqualTo(ipsw.toString());
    }

    @Test
    void theRealEngineWithNoDeviceAttachedSaysDeviceNotFound() throws Exception {
        Path real = HostRequirement.program("idevicerestore");
        String version = new IdevicerestoreProbe(real.toString(), "").probe().version();
        IdevicerestoreEngine engine = new IdevicerestoreEngine(real, version);
        Path ipsw = Files.writeString(dir.resolve("iPhone_Restore.ipsw"), "not really an ipsw");
        EventRecorder events = new EventRecorder();

        EngineRun run = engine.start(request(ipsw, RestoreKind.UPDATE, EngineAction.RESTORE, false), events);
        assertThat(run.waitFor(Duration.ofSeconds(60))).isTrue();

        List<EngineEvent> seen = events.events();
        assertThat(seen).last().isInstanceOf(EngineEvent.Finished.class);
        int exit = ((EngineEvent.Finished) seen.get(seen.size() - 1)).exitCode();
        assertThat(exit).isNotZero().isEqualTo(run.waitFor());
        EngineLogClassifier classifier = new EngineLogClassifier(ExitConvention.forVersion(version));
        seen.forEach(classifier);
        Diagnosis diagnosis = ((EngineVerdict.Failure) classifier.verdict()).diagnosis();
        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.DEVICE_NOT_FOUND);
        assertThat(diagnosis.statusCode()).isEqualTo(ExitConvention.forVersion(version).engineCode(exit));
        if (version.equals("1.0.0")) {
            assertThat(exit).isEqualTo(255);
            assertThat(diagnosis.statusCode()).isEqualTo(-1);
            assertThat(seen).contains(new EngineEvent.StepProgress(RestoreStep.DETECT, 0));
        }
    }

    @Test
    void cancelStopsTheWholeProcessTree() throws Exception {
        Path script = script("tree.sh", """
                #!/bin/sh
                echo "pid $$"
                sleep 600 &
                echo "pid $!"
                sh -c 'sleep 600 & echo "pid $!"; wait' &
                echo "pid $!"
                echo "children started"
                wait
                """);
        EventRecorder events = new EventRecorder();
        EngineRun run = new IdevicerestoreEngine(script, "1.0.0")
                .start(request(dir.resolve("x.ipsw"), RestoreKind.UPDATE, EngineAction.RESTORE, false), events);
        events.awaitLine("children started", 10_000);
        events.awaitLines("pid ", 4, 10_000);
        List<Long> pids = events.lines().stream().filter(l -> l.startsWith("pid ")).map(l -> Long.parseLong(l.substring(4))).toList();
        assertThat(pids).hasSize(4);
        assertThat(pids).allSatisfy(pid -> assertThat(alive(pid)).as("pid %d before cancel", pid).isTrue());

        run.cancel();

        assertThat(run.waitFor(Duration.ofSeconds(15))).isTrue();
        long deadline = System.currentTimeMillis() + 5000;
        while (pids.stream().anyMatch(IdevicerestoreEngineTest::alive) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pids).allSatisfy(pid -> assertThat(alive(pid)).as("pid %d after cancel", pid).isFalse());
        assertThat(events.events()).last().isInstanceOf(EngineEvent.Finished.class);
    }

    @Test
    void garbageAndHugeLinesDoNotBreakTheReader() throws Exception {
        Path script = script("garbage.sh", """
                #!/bin/sh
                echo "progress: 0 0.000000"
                head -c 3000000 /dev/urandom
                head -c 8000000 /dev/zero | tr '\\000' 'x' >&2
                printf '\\nERROR: Unable to send filesystem\\n' >&2
                printf '\\nprogress: 7 1.000000\\nDONE\\n'
                exit 3
                """);
        EventRecorder events = new EventRecorder();

        EngineRun run = new IdevicerestoreEngine(script, "1.0.0-241-g8e0f1a3")
                .start(request(dir.resolve("x.ipsw"), RestoreKind.UPDATE, EngineAction.RESTORE, false), events);

        assertThat(run.waitFor(Duration.ofSeconds(60))).isTrue();
        assertThat(run.waitFor()).isEqualTo(3);
        assertThat(events.events()).contains(new EngineEvent.StepProgress(RestoreStep.UPLOAD_IMAGES, 1.0),
                new EngineEvent.LogLine(dev.restorestation.core.restore.EngineLogLevel.ERROR, "Unable to send filesystem"));
        assertThat(events.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(4200));
        assertThat(events.events()).last().isEqualTo(new EngineEvent.Finished(3));
    }

    private EngineRequest request(Path ipsw, RestoreKind kind, EngineAction action, boolean details) {
        return new EngineRequest(ECID, ipsw, kind, action, dir.resolve("cache"), details, "20H350");
    }

    private Path script(String name, String text) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, text);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static boolean alive(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        return handle.isPresent() && handle.get().isAlive();
    }
}
