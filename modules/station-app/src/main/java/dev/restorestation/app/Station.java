package dev.restorestation.app;

import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.app.assembly.StationVersion;
import dev.restorestation.app.cli.AdviseCommand;
import dev.restorestation.app.cli.CommandTree;
import dev.restorestation.app.cli.DataDirOption;
import dev.restorestation.app.cli.DevicesCommand;
import dev.restorestation.app.cli.DiagnoseCommand;
import dev.restorestation.app.cli.ErrorLine;
import dev.restorestation.app.cli.EventsCommand;
import dev.restorestation.app.cli.FirmwareCommand;
import dev.restorestation.app.cli.HelpLanguage;
import dev.restorestation.app.cli.HistoryCommand;
import dev.restorestation.app.cli.QueueCommand;
import dev.restorestation.app.cli.ReportCommand;
import dev.restorestation.app.cli.RestoreCommand;
import dev.restorestation.app.cli.StationContext;
import dev.restorestation.app.cli.UsageErrorText;
import dev.restorestation.app.text.AppText;
import dev.restorestation.core.text.NetworkFailure;
import dev.restorestation.core.text.Wording;
import dev.restorestation.gui.WindowWarmUp;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/** {@code station}: opens the window, or runs one of the commands. */
@Command(name = "station", mixinStandardHelpOptions = true, versionProvider = Station.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Restore Station: track, restore and log many iPhones and iPads on one bench.%n"
                + "Without a command it opens the station window.")
public final class Station implements Callable<Integer>, StationContext {

    private static final List<Class<?>> COMMANDS = List.of(DevicesCommand.class, FirmwareCommand.class,
            RestoreCommand.class, QueueCommand.class, HistoryCommand.class, ReportCommand.class, EventsCommand.class,
            AdviseCommand.class, DiagnoseCommand.class);
    private static final String DATA_DIR = "--data-dir";

    @Option(names = DATA_DIR, paramLabel = "DIR", scope = ScopeType.INHERIT, converter = DataDirOption.class,
            description = "Data directory (database, firmware cache, logs, settings). "
                    + "Default: $RESTORE_STATION_HOME, else ~/.restore-station.")
    private Path dataDirOption;

    @Option(names = "--demo", description = "Open the window on a simulated bench (no phone needed).")
    private boolean demo;

    private DataDirectory opened;
    private boolean windowOpen;

    public static void main(String[] args) {
        // SLF4J's own notices (a replay of calls made while it started on another thread) are not the command's output
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        if (opensWindow(args)) {
            WindowWarmUp.start();
        } else {
            StationLogConfigurator.commandsOnly();
            CommandWarmUp.start(args);
        }
        Station station = new Station();
        int exitCode = station.commandLine(args).execute(args);
        if (!station.windowOpen) {
            System.exit(exitCode);
        }
    }

    /** For the first-frame benchmark: says on stdout when the first frame was painted, and exits. */
    static void firstFramePainted(Instant paintedAt) {
        System.out.println("first-frame-at " + paintedAt.toEpochMilli());
        System.exit(0);
    }

    /** True when the arguments hold no word but options and ask for no help: the window will open. */
    static boolean opensWindow(String[] args) {
        return firstWord(args).isEmpty() && Arrays.stream(args).noneMatch(arg -> arg.startsWith("-h")
                || arg.equals("--help") || arg.startsWith("-V") || arg.equals("--version"));
    }

    /** The station's command line with every command. */
    public CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * The command line with only what {@code args} need: the command they name, none for the
     * window, all of them for help or a mistyped command. Picocli reads every option of every
     * command it is given, a third of a second before the command or the window can start.
     */
    public CommandLine commandLine(String[] args) {
        Optional<Class<?>> named = named(args);
        if (named.isPresent()) {
            return commandLine(List.of(named.get()));
        }
        return commandLine(opensWindow(args) ? List.of() : COMMANDS);
    }

    /** The command the first word that is not a global option names, if it is one. */
    private static Optional<Class<?>> named(String[] args) {
        return firstWord(args).flatMap(word -> COMMANDS.stream()
                .filter(type -> type.getAnnotation(Command.class).name().equals(word)).findFirst());
    }

    /** The first word that is not a global option: a command's name, or a mistyped one. */
    private static Optional<String> firstWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(DATA_DIR)) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return Optional.of(args[i]);
            }
        }
        return Optional.empty();
    }

    private CommandLine commandLine(List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(this);
        for (Class<?> command : commands) {
            commandLine.addSubcommand(command);
        }
        commandLine.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandTree());
        HelpLanguage.apply(commandLine);
        commandLine.setParameterExceptionHandler(Station::usageError);
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> reportFailure(failure, line.getErr()));
        return commandLine;
    }

    @Override
    public Integer call() {
        StationWindowLauncher.open(this, demo);
        windowOpen = true;
        return 0;
    }

    @Override
    public synchronized DataDirectory dataDirectory() {
        if (opened == null) {
            try {
                opened = DataDirectory.resolve(dataDirOption, System.getenv(), Path.of(System.getProperty("user.home")))
                        .open();
            } catch (IOException e) {
                throw new StationException(AppText.text("station.dataDirUnusable", e.getMessage()));
            }
            StationLogging.logTo(opened.logs());
        }
        return opened;
    }

    @Override
    public Path dataDirectoryPath() {
        return DataDirectory.resolve(dataDirOption, System.getenv(), Path.of(System.getProperty("user.home"))).root();
    }

    private static int usageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        command.getErr().println("station: " + ErrorLine.of(UsageErrorText.of(problem))
                + " " + AppText.text("station.seeHelp", command.getCommandSpec().qualifiedName()));
        return StationException.USAGE;
    }

    private static int reportFailure(Exception failure, PrintWriter err) {
        if (failure instanceof StationException known) {
            err.println("station: " + ErrorLine.of(known.getMessage()));
            return known.exitCode();
        }
        // the station's language where the failure has one (a worded reason); its English goes to the log
        String message = NetworkFailure.ofJdk(failure).map(Wording::text).orElse(failure.getLocalizedMessage() == null
                ? failure.getClass().getSimpleName() : failure.getLocalizedMessage());
        err.println("station: " + ErrorLine.of(message.lines().findFirst().orElse(message)));
        org.slf4j.LoggerFactory.getLogger(Station.class).debug("command failed", failure);
        return StationException.FAILED;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Restore Station " + StationVersion.get()};
        }
    }
}
