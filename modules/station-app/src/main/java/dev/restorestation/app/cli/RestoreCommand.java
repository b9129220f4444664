package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.text.AppText;

import dev.restorestation.app.assembly.StationAssembly;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.restore.engine.SimulatedOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore one device with a verified IPSW, recording the attempt on its ticket.")
public final class RestoreCommand implements Callable<Integer> {

    static final class Firmware {
        @Option(names = "--ipsw", paramLabel = "FILE", required = true, description = "A local IPSW (verified before use).")
        Path ipsw;

        @Option(names = "--build", paramLabel = "BUILD", required = true, description = "A build from the firmware cache, e.g. 23C71.")
        String build;
    }

    static final class Kind {
        @Option(names = "--update", required = true, description = "Update: keeps the user's data.")
        boolean update;

        @ArgGroup(exclusive = false)
        Erase erase;
    }

    static final class Erase {
        @Option(names = "--erase", required = true, description = "Erase: wipes the device.")
        boolean erase;

        @Option(names = "--yes", required = true, description = "Confirms the erase.")
        boolean yes;
    }

    @ParentCommand
    StationContext station;

    @Spec
    CommandSpec spec;

    @Option(names = "--ecid", paramLabel = "ECID", required = true, description = "The device to restore.")
    String ecid;

    @Option(names = "--ticket", paramLabel = "ID", required = true, description = "The repair ticket.")
    String ticket;

    @Option(names = "--note", paramLabel = "TEXT",
            description = "The customer's note for the ticket (replaces the note the ticket has).")
    String note;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Firmware firmware;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Kind kind;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "idevicerestore",
            description = "idevicerestore (default) or simulated.")
    String engine;

    @Option(names = "--sim-outcome", paramLabel = "OUTCOME", defaultValue = "success",
            description = "With --engine simulated: success, fail:CODE or hang.")
    String simOutcome;

    @Option(names = "--sim-return", paramLabel = "RETURN", defaultValue = "back",
            description = "With --engine simulated: back, not-back or build:BUILD (how the device comes back).")
    String simReturn;

    @Option(names = "--no-verify",
            description = "Do not wait for the device to come back in Normal mode after a successful restore.")
    boolean noVerify;

    @Override
    public Integer call() {
        Ecid device = parse(() -> TypedValues.ecid(ecid));
        Ticket repair = parse(() -> TypedValues.ticket(ticket));
        String customerNote = parse(() -> TypedValues.note(note));
        RestoreKind restoreKind = kind.update ? RestoreKind.UPDATE : RestoreKind.ERASE;
        FirmwareChoice choice = firmware.ipsw != null
                ? new FirmwareChoice.LocalFile(firmware.ipsw.toAbsolutePath())
                : new FirmwareChoice.Build(firmware.build.strip());
        boolean simulated = switch (engine.strip()) {
            case "simulated" -> true;
            case "idevicerestore" -> false;
            default -> throw new StationException(text("restore.unknownEngine", engine),
                    StationException.USAGE);
        };
        for (String simulatedOnly : new String[] {"--sim-outcome", "--sim-return"}) {
            if (!simulated && spec.commandLine().getParseResult().hasMatchedOption(simulatedOnly)) {
                throw new StationException(text("restore.simulatedOnly", simulatedOnly), StationException.USAGE);
            }
        }
        SimulatedOutcome outcome = parse(() -> SimulatedOutcome.parse(simOutcome));
        SimulatedReturn comesBack = parse(() -> SimulatedReturn.parse(simReturn));
        StationAssembly assembly = CommandAssembly.of(station.dataDirectory(), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        try (RestoreBench bench = simulated
                ? RestoreBench.simulated(assembly, device, choice, outcome, comesBack, !noVerify)
                : RestoreBench.real(assembly, device, !noVerify)) {
            DeviceSnapshot snapshot = bench.device();
            // the command line restores from the cache alone, without a catalog to ask about signing
            RestoreRequest request = RestoreRequest.of(snapshot, repair, choice, restoreKind)
                    .board(snapshot.board())
                    .customerNote(customerNote)
                    .technician(bench.technician())
                    .build();
            if (restoreKind == RestoreKind.ERASE) {
                out.println(text("restore.erasing", snapshot.slot().label(), snapshot.name(), snapshot.ecid().engineArgument(),
                        repair.toString()));
            }
            if (bench.unchecked() != null && !noVerify) {
                out.println(text("restore.willNotCheck", bench.unchecked()));
            }
            RestoreHandle handle = bench.jobs().submit(request, new RestoreProgressLines(out, snapshot.slot().label(),
                    assembly.settings().verifyWaitMinutes()));
            CountDownLatch reported = new CountDownLatch(1);
            Thread stopOnExit = new Thread(() -> {
                bench.close();
                awaitReport(reported);
            }, "restore shutdown");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            RestoreResult result = await(handle);
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException stopping) {
                return reportWhileStopping(out, repair, result, bench.unchecked() != null ? bench.unchecked()
                        : text("restore.stoppedWaiting"));
            } finally {
                reported.countDown();
            }
            return report(out, repair, result, bench.unchecked());
        }
    }

    /**
     * The station is being stopped (kill -TERM, Ctrl-C) and its shutdown hook cancelled the
     * restore: the outcome is printed here, before the hook lets the process end, since picocli
     * would print it too late.
     */
    private int reportWhileStopping(PrintWriter out, Ticket repair, RestoreResult result, String unchecked) {
        try {
            return report(out, repair, result, unchecked);
        } catch (StationException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("station: " + text("restore.stoppedDuring", e.getMessage()));
            err.flush();
            return e.exitCode();
        }
    }

    private static void awaitReport(CountDownLatch reported) {
        try {
            reported.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The outcome; {@code unchecked} says why a success was not checked on the device, if it was not. */
    private int report(PrintWriter out, Ticket repair, RestoreResult result, String unchecked) {
        if (result instanceof RestoreResult.Succeeded succeeded) {
            out.println(text("restore.succeeded", String.valueOf(succeeded.attemptId()), repair.toString()));
            Verification check = succeeded.verification();
            out.println(check == null
                    ? text("restore.notChecked", unchecked == null ? text("restore.waitStopped") : unchecked)
                    : text("restore.onTheDevice", AppText.verification(check))
                    + (check.activationState() == null ? "" : " · " + text("restore.activation", check.activationState())));
            out.flush();
            if (check != null && check.result() == Verification.Result.WRONG_BUILD) {
                throw new StationException(text("restore.notVerified", AppText.verification(check)));
            }
            return 0;
        }
        if (result instanceof RestoreResult.Failed failed) {
            out.println(text("restore.failed", String.valueOf(failed.attemptId()), repair.toString()));
            DiagnoseCommand.printText(out, failed.diagnosis(), failed.advice().fixes().stream().map(Fix::text).toList());
            out.flush();
            throw new StationException(text("restore.failedBecause", oneLine(failed.diagnosis())));
        }
        if (result instanceof RestoreResult.Cancelled cancelled) {
            out.flush();
            throw new StationException(text("restore.cancelled", String.valueOf(cancelled.attemptId())));
        }
        out.flush();
        Diagnosis refused = result instanceof RestoreResult.Unconfirmed unconfirmed ? unconfirmed.diagnosis()
                : ((RestoreResult.NotStarted) result).diagnosis();
        throw new StationException(text("restore.notStarted", refused.localizedSummary()));
    }

    private static RestoreResult await(RestoreHandle handle) {
        try {
            return handle.result().get();
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            throw new StationException(text("restore.interrupted"));
        } catch (ExecutionException e) {
            throw new StationException(text("restore.stopped", e.getCause().getLocalizedMessage()));
        }
    }

    private static String oneLine(Diagnosis diagnosis) {
        String code = diagnosis.appleCode() != null ? ", " + text("diagnose.appleError", String.valueOf(diagnosis.appleCode())) : "";
        return diagnosis.localizedSummary() + " (" + diagnosis.category().id() + code + ")";
    }


    private static <T> T parse(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            throw new StationException(e.getMessage(), StationException.USAGE);
        }
    }
}
