package dev.restorestation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the event thread is held at a time while {@code station --demo} starts, over several
 * fresh JVMs and data directories: each run starts the jar with the station's EDT watchdog on,
 * stops it after {@code seconds}, and reads the events the watchdog logged (each one over
 * 100 ms, with what it was). Against the 500 ms goal. Needs a display.
 * Args: {@code [runs=5] [seconds=6] [path/to/restore-station.jar]}.
 */
final class StartUpEdtBenchmark implements Benchmark {

    private static final long GOAL_MS = 500;
    private static final Pattern HELD = Pattern.compile("the event dispatch thread was held (\\d+) ms by (\\S+)");

    private record Hold(long millis, String what) {
    }

    @Override
    public void run(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Path jar = Path.of(args.length > 2 ? args[2] : "modules/station-app/target/restore-station.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no station jar at " + jar + "; build it with mvn package first");
        }
        List<Long> longest = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            List<Hold> holds = once(jar, seconds);
            Hold worst = holds.stream().max(Comparator.comparingLong(Hold::millis)).orElse(new Hold(0, "nothing over 100 ms"));
            longest.add(worst.millis());
            System.out.printf("run %d: %d events over 100 ms; longest %d ms by %s%n", i, holds.size(), worst.millis(),
                    shorter(worst.what()));
        }
        Collections.sort(longest);
        System.out.printf("longest hold of the event thread in the first %d s of station --demo over %d fresh JVMs (ms):"
                + " min %d, median %d, max %d; goal %d ms%n", seconds, runs, longest.get(0),
                longest.get(longest.size() / 2), longest.get(longest.size() - 1), GOAL_MS);
    }

    private static List<Hold> once(Path jar, int seconds) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("station-bench");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstation.edtWatchdog=true", "-jar", jar.toString(), "--demo", "--data-dir", data.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the station ended by itself (exit " + process.exitValue() + "); is DISPLAY set?");
        }
        process.destroy();
        process.waitFor(20, TimeUnit.SECONDS);
        Path log = data.resolve("logs").resolve("station.log");
        List<Hold> holds = new ArrayList<>();
        if (Files.isRegularFile(log)) {
            Matcher held = HELD.matcher(Files.readString(log, StandardCharsets.UTF_8));
            while (held.find()) {
                holds.add(new Hold(Long.parseLong(held.group(1)), held.group(2)));
            }
        }
        return holds;
    }

    /** "InvocationEvent[…runnable=dev.restorestation.gui.shell.StationWindow$$Lambda…" → the runnable's class. */
    private static String shorter(String what) {
        int runnable = what.indexOf("runnable=");
        String text = runnable < 0 ? what : what.substring(runnable + "runnable=".length());
        int end = text.indexOf("$$Lambda");
        return end > 0 ? text.substring(0, end) + " (a lambda)" : text.split("[,@]")[0];
    }
}
