package dev.restorestation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Wall time from launching {@code java -jar restore-station.jar --demo} to its first painted
 * frame (JVM start-up included), over several
 * fresh JVMs, against the 2-second budget. Needs a display ({@code DISPLAY}, e.g. Xvfb).
 * Args: {@code [runs] [path/to/restore-station.jar]}.
 */
final class FirstFrameBenchmark implements Benchmark {

    private static final long BUDGET_MS = 2000;

    @Override
    public void run(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path jar = Path.of(args.length > 1 ? args[1] : "modules/station-app/target/restore-station.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no station jar at " + jar + "; build it with mvn package first");
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(once(jar));
        }
        Collections.sort(millis);
        long median = millis.get(millis.size() / 2);
        System.out.printf("first frame of station --demo over %d fresh JVMs (ms): min %d, median %d, max %d%n",
                runs, millis.get(0), median, millis.get(millis.size() - 1));
        System.out.printf("median / 2000 ms budget = %.2f%n", median / (double) BUDGET_MS);
    }

    private static long once(Path jar) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("station-bench");
        long launchedAt = System.currentTimeMillis();
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstation.firstFrameExit=true", "-jar", jar.toString(), "--demo", "--data-dir", data.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the station did not paint a frame within 60 s");
        }
        return output.lines()
                .filter(line -> line.startsWith("first-frame-at "))
                .mapToLong(line -> Long.parseLong(line.substring("first-frame-at ".length()).strip()) - launchedAt)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no first-frame report; is DISPLAY set? output: " + output));
    }
}
