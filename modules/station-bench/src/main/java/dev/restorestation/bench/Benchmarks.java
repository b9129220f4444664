package dev.restorestation.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entry point of the benchmark jar: {@code java -jar station-bench.jar NAME [ARGS…]}. Each
 * benchmark is a whole-process measurement, printed as a table to compare.
 */
public final class Benchmarks {

    private static final Map<String, Benchmark> ALL = new TreeMap<>(Map.ofEntries(
            Map.entry("advice", new AdviceBenchmark()),
            Map.entry("bench-updates", new BenchUpdatesBenchmark()),
            Map.entry("device-bench", new DeviceBenchBenchmark()),
            Map.entry("edt-at-start", new StartUpEdtBenchmark()),
            Map.entry("first-frame", new FirstFrameBenchmark()),
            Map.entry("history", new HistoryBenchmark()),
            Map.entry("queued-restores", new QueuedRestoresBenchmark()),
            Map.entry("firmware", new FirmwareBenchmark())));

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !ALL.containsKey(args[0])) {
            System.err.println("usage: java -jar station-bench.jar NAME [ARGS…]; NAME is one of " + ALL.keySet());
            System.exit(2);
        }
        ALL.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length));
    }
}
