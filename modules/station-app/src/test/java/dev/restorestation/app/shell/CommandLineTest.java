package dev.restorestation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.Station;
import dev.restorestation.app.assembly.StationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpListsEveryCommandOfTheContract() {
        int exit = run(new Station().commandLine(), "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--data-dir=DIR", "--demo", "--version");
        for (String command : new String[] {"devices", "devices identify", "firmware catalog", "firmware fetch",
            "firmware import", "firmware inspect", "firmware list", "firmware verify", "firmware evict", "restore",
            "queue", "history", "report", "report verify", "events", "advise", "diagnose"}) {
            assertThat(out.toString()).containsPattern("(?m)^  " + command + " +\\S");
        }
    }

    @Test
    void versionNamesTheProduct() {
        assertThat(run(new Station().commandLine(), "--version")).isZero();
        assertThat(out.toString().strip()).matches("Restore Station \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void aCommandNotBuiltYetSaysSoInOneLineAndExitsTwo() {
        CommandLine line = new Station().commandLine();
        line.addSubcommand("pending", new Pending());

        assertThat(run(line, "pending")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("station: not available yet: pending" + System.lineSeparator());
    }

    @Test
    void aUsageMistakeIsOneLineWithWhereToLook() {
        assertThat(run(new Station().commandLine(), "history")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("station: one of these is needed: (--ticket=ID | --ecid=ECID | --all | --start-new)").contains("'station history --help'");

        err.getBuffer().setLength(0);
        assertThat(run(new Station().commandLine(), "reboot-everything")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("station: unknown command: 'reboot-everything' (see 'station --help')"
                + System.lineSeparator());
    }

    @Test
    void aHugeOrHostileArgumentIsNotEchoedInFull() {
        String pasted = "\u001b]0;owned\u0007" + "x".repeat(100_000) + "\nEND";

        assertThat(run(new Station().commandLine(), "history", "--ecid", pasted)).isEqualTo(2);
        assertThat(run(new Station().commandLine(), "history", "--all", pasted)).isEqualTo(2);

        assertThat(err.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .hasSizeLessThan(800)
                .contains("characters left out")
                .doesNotContain("\u001b", "\u0007")
                .startsWith("station: "));
        assertThat(err.toString()).contains("\\u001b]0;owned\\u0007");
    }

    @Test
    void anUnexpectedFailureIsOneLineExitOne() {
        CommandLine line = new Station().commandLine();
        line.addSubcommand("broken", new Broken());

        assertThat(run(line, "broken")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("station: disk on fire" + System.lineSeparator());
    }

    @Test
    void aCommandLineForOneCommandHoldsOnlyThatCommandAndStillRunsIt() {
        String[] args = {"--data-dir", "firmware", "history", "--help"};
        CommandLine line = new Station().commandLine(args);

        assertThat(line.getSubcommands()).containsOnlyKeys("history");
        assertThat(run(line, args)).isZero();
        assertThat(out.toString()).startsWith("Usage: station history");
    }

    @Test
    void helpGetsEveryCommandTheWindowNoneAndAMistakeStillItsOneLine() {
        assertThat(new Station().commandLine(new String[] {"--help"}).getSubcommands())
                .containsOnlyKeys("devices", "firmware", "restore", "queue", "history", "report", "events", "advise", "diagnose");
        assertThat(new Station().commandLine(new String[] {"--demo"}).getSubcommands()).isEmpty();

        String[] mistake = {"firmwre", "list"};
        assertThat(run(new Station().commandLine(mistake), mistake)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("station: unknown command: 'firmwre'; did you mean firmware? "
                + "(see 'station --help')" + System.lineSeparator());
    }

    @Test
    void onlyABareInvocationOpensTheWindow() throws Exception {
        var opensWindow = Station.class.getDeclaredMethod("opensWindow", String[].class);
        opensWindow.setAccessible(true);
        assertThat((boolean) opensWindow.invoke(null, (Object) new String[] {})).isTrue();
        assertThat((boolean) opensWindow.invoke(null, (Object) new String[] {"--demo", "--data-dir", "/tmp/x"})).isTrue();
        assertThat((boolean) opensWindow.invoke(null, (Object) new String[] {"history", "--all"})).isFalse();
        assertThat((boolean) opensWindow.invoke(null, (Object) new String[] {"--help"})).isFalse();
        assertThat((boolean) opensWindow.invoke(null, (Object) new String[] {"firmwre", "list"})).isFalse();
    }

    private int run(CommandLine line, String... args) {
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Command(name = "pending")
    static final class Pending implements Callable<Integer> {
        @Override
        public Integer call() {
            throw StationException.notAvailableYet("pending");
        }
    }

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("disk on fire\nwith a long stack");
        }
    }
}
