package dev.restorestation.restore.engine;

import dev.restorestation.core.restore.EngineAction;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineRequest;
import dev.restorestation.core.restore.EngineRun;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.core.restore.RestoreKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The real engine: one {@code idevicerestore} process per device, started with an argument list
 * (never a shell), never interactive, always aimed at one ECID.
 */
public final class IdevicerestoreEngine implements RestoreEngine {

    private final Path program;
    private final String version;

    /**
     * @param program the idevicerestore binary, as {@code IdevicerestoreProbe} located it
     * @param version its version, as the probe read it; decides how exit codes are read
     */
    public IdevicerestoreEngine(Path program, String version) {
        this.program = Objects.requireNonNull(program, "program");
        this.version = version == null ? "" : version;
    }

    @Override
    public String name() {
        return "idevicerestore";
    }

    @Override
    public String version() {
        return version;
    }

    /** The full command: {@code -i ECID -y -P [-e] -C CACHE [-d] [-t] IPSW}, the IPSW last. */
    public List<String> command(EngineRequest request) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.add("-i");
        command.add(request.ecid().engineArgument());
        command.add("-y");
        command.add("-P");
        if (request.kind() == RestoreKind.ERASE) {
            command.add("-e");
        }
        command.add("-C");
        command.add(request.cacheDirectory().toString());
        if (request.signingDetails()) {
            command.add("-d");
        }
        if (request.action() == EngineAction.SIGNING_CHECK) {
            command.add("-t");
        }
        command.add(request.ipsw().toString());
        return command;
    }

    @Override
    public EngineRun start(EngineRequest request, Consumer<EngineEvent> events) throws IOException {
        Files.createDirectories(request.cacheDirectory());
        ProcessBuilder builder = new ProcessBuilder(command(request))
                .directory(request.cacheDirectory().toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        return EngineProcess.start(builder, "idevicerestore " + request.ecid().shortForm(), new EngineOutput(events));
    }
}
