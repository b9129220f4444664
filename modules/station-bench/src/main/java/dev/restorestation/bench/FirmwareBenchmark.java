package dev.restorestation.bench;

import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;

/**
 * The firmware cache against the tools a shop would otherwise use, on one generated IPSW of at
 * least 2 GiB, whole processes, page cache warm: full {@code firmware verify} vs {@code sha1sum}
 * vs {@code openssl dgst -sha1}; {@code firmware fetch} from loopback vs {@code curl -o} (alone,
 * and followed by sha1sum + sha256sum); re-use of a sealed file. Needs sha1sum, sha256sum,
 * openssl and curl. Args: {@code [work dir] [GiB] [runs] [path/to/restore-station.jar] [installed command]};
 * with the last, the installed package's {@code restore-station} is timed beside {@code java -jar}.
 */
final class FirmwareBenchmark implements Benchmark {

    private static final String BUILD = "23C71";
    private static final String DEVICE = "iPhone13,2";
    private static final TaskContext QUIET = new TaskContext() {
        @Override
        public void progress(Progress progress) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @Override
    public void run(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/firmware-bench"));
        double gib = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path jar = Path.of(args.length > 3 ? args[3] : "modules/station-app/target/restore-station.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no station jar at " + jar + "; build it with mvn package first");
        }
        Optional<List<String>> installed = args.length > 4 ? Optional.of(List.of(args[4])) : Optional.empty();
        Path ipsw = generate(work, (long) (gib * (1L << 30)));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> station = List.of(java, "-jar", jar.toString());
        System.out.printf("IPSW %s: %.2f GiB%n", ipsw, Files.size(ipsw) / (double) (1L << 30));
        readOnce(ipsw);

        Path data = work.resolve("data-verify");
        deleteTree(data);
        exec(command(station, "--data-dir", data.toString(), "firmware", "import", ipsw.toString()));
        // from here on every contender reads the cache's copy, the file verify reads: two copies of a
        // big IPSW may not both fit in the page cache
        Path cached = cachedCopy(data);
        readOnce(cached);
        Function<List<String>, Timed> verifyWith = command -> () -> exec(command(command, "--data-dir", data.toString(),
                "firmware", "verify", BUILD));
        long verify = median(runs, verifyWith.apply(station));
        Optional<Long> verifyInstalled = installed.isEmpty() ? Optional.empty()
                : Optional.of(median(runs, verifyWith.apply(installed.get())));
        long sha1sum = median(runs, () -> exec(List.of("sha1sum", cached.toString())));
        long openssl = median(runs, () -> exec(List.of("openssl", "dgst", "-sha1", cached.toString())));
        long inProcess = median(runs, () -> {
            long start = System.nanoTime();
            new IpswVerifier().verify(cached, QUIET);
            return System.nanoTime() - start;
        });
        System.out.printf("%nverify (structure + CRC-32 of every entry + manifest digests + SHA-1 + SHA-256), median of %d:%n", runs);
        row("station firmware verify (whole process, java -jar)", verify, verify);
        verifyInstalled.ifPresent(time -> row("  the same, the installed package's command", time, verify));
        row("  the same, in process (no JVM start)", inProcess, verify);
        row("sha1sum", sha1sum, verify);
        row("openssl dgst -sha1", openssl, verify);
        System.out.printf("  verify / sha1sum = %.2f, verify / openssl = %.2f%n", ratio(verify, sha1sum), ratio(verify, openssl));
        verifyInstalled.ifPresent(time -> System.out.printf("  installed: verify / sha1sum = %.2f, verify / openssl = %.2f%n",
                ratio(time, sha1sum), ratio(time, openssl)));

        try (LoopbackMirror mirror = new LoopbackMirror(cached)) {
            String base = "http://127.0.0.1:" + mirror.port() + "/";
            Path fresh = work.resolve("data-fetch");
            Function<List<String>, Timed> fetchWith = command -> () -> {
                deleteTree(fresh);
                return exec(command(command, "--data-dir", fresh.toString(), "firmware", "fetch", DEVICE, BUILD,
                        "--catalog-url", base));
            };
            long fetch = median(runs, fetchWith.apply(station));
            Optional<Long> fetchInstalled = installed.isEmpty() ? Optional.empty()
                    : Optional.of(median(runs, fetchWith.apply(installed.get())));
            Path copy = work.resolve("curl.ipsw");
            long curl = median(runs, () -> exec(List.of("curl", "-sS", "-o", copy.toString(), base + "file.ipsw")));
            long curlSynced = median(runs, () -> exec(List.of("curl", "-sS", "-o", copy.toString(), base + "file.ipsw"))
                    + exec(List.of("sync", copy.toString())));
            long curlChecked = median(runs, () -> exec(List.of("curl", "-sS", "-o", copy.toString(), base + "file.ipsw"))
                    + exec(List.of("sha1sum", copy.toString())) + exec(List.of("sha256sum", copy.toString())));
            Files.deleteIfExists(copy);
            System.out.printf("%ndownload from loopback (HTTP, the same server), median of %d:%n", runs);
            row("station firmware fetch (hash while downloading + full verify)", fetch, fetch);
            fetchInstalled.ifPresent(time -> row("  the same, the installed package's command", time, fetch));
            row("curl -o", curl, fetch);
            row("curl -o, then sync (on disk, as fetch leaves its file)", curlSynced, fetch);
            row("curl -o, then sha1sum and sha256sum", curlChecked, fetch);
            System.out.printf("  fetch / curl = %.2f, fetch / (curl + sync) = %.2f, fetch / (curl + sha1sum + sha256sum) = %.2f%n",
                    ratio(fetch, curl), ratio(fetch, curlSynced), ratio(fetch, curlChecked));
            fetchInstalled.ifPresent(time -> System.out.printf("  installed: fetch / curl = %.2f, fetch / (curl + sync) = %.2f%n",
                    ratio(time, curl), ratio(time, curlSynced)));
        }

        StationFirmwareCache cache = StationFirmwareCache.open(data.resolve("firmware"), data.resolve("firmware-seals.json"), null, 0);
        List<Long> reuse = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            try (FirmwareLease lease = cache.acquire(DEVICE, BUILD, QUIET)) {
                reuse.add(System.nanoTime() - start);
            }
        }
        System.out.printf("%nre-use of a sealed file (acquire + lease, no re-hash): first %.1f ms, median %.1f ms "
                + "(budget 50 ms: %.2f of it)%n", reuse.get(0) / 1e6, median(reuse) / 1e6, median(reuse) / 1e6 / 50);
    }

    private static List<String> command(List<String> station, String... args) {
        List<String> command = new ArrayList<>(station);
        command.addAll(List.of(args));
        return command;
    }

    private static Path cachedCopy(Path data) throws IOException {
        try (var files = Files.list(data.resolve("firmware").resolve("files"))) {
            List<Path> copies = files.filter(path -> path.getFileName().toString().endsWith(".ipsw")).toList();
            if (copies.size() != 1) {
                throw new IllegalStateException("expected one IPSW in the cache after the import, found " + copies);
            }
            return copies.get(0);
        }
    }

    private static Path generate(Path work, long size) throws IOException {
        Path ipsw = work.resolve("bench-" + (size >> 20) + "M.ipsw");
        if (Files.isRegularFile(ipsw)) {
            return ipsw;
        }
        System.out.println("generating " + ipsw + " …");
        SyntheticIpsw.of(BUILD, "26.2.1", DEVICE, "iPhone13,3")
                .identity(0x8101, 0x0C, "d53gap")
                .identity(0x8101, 0x0E, "d53pap")
                .im4p("Firmware/all_flash/iBoot.d53g.RELEASE.im4p", 1 << 20)
                .im4p("Firmware/all_flash/sep-firmware.d53g.RELEASE.im4p", 8 << 20)
                .im4p("kernelcache.release.iphone13", 40 << 20)
                .deflated("Restore.plist", "<plist version=\"1.0\"><dict/></plist>".getBytes(StandardCharsets.UTF_8))
                .diskImage("090-27483-047.dmg", size - (49 << 20))
                .write(ipsw);
        return ipsw;
    }

    private interface Timed {
        long nanos() throws Exception;
    }

    private static long median(int runs, Timed timed) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(timed.nanos());
        }
        return median(times);
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long exec(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return System.nanoTime() - start;
    }

    private static void row(String what, long nanos, long reference) {
        System.out.printf("  %-62s %7.2f s  (%.2f of the station's)%n", what, nanos / 1e9, ratio(nanos, reference));
    }

    private static double ratio(long a, long b) {
        return (double) a / b;
    }

    private static void readOnce(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            while (in.read(buffer) > 0) {
                // warms the page cache so every contender reads from memory
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A small HTTP/1.1 server on loopback that sends the file with sendfile, so it costs both sides little CPU. */
    private static final class LoopbackMirror implements AutoCloseable {
        private final ServerSocketChannel socket;
        private final Path file;
        private final byte[] catalog;
        private final Thread acceptor;

        LoopbackMirror(Path file) throws Exception {
            this.file = file;
            this.socket = ServerSocketChannel.open();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String sha1 = digest("SHA-1", file);
            String sha256 = digest("SHA-256", file);
            catalog = ("{\"identifier\":\"" + DEVICE + "\",\"firmwares\":[{\"identifier\":\"" + DEVICE + "\","
                    + "\"version\":\"26.2.1\",\"buildid\":\"" + BUILD + "\",\"sha1sum\":\"" + sha1 + "\","
                    + "\"md5sum\":\"-\",\"sha256sum\":\"" + sha256 + "\",\"filesize\":" + Files.size(file) + ","
                    + "\"url\":\"http://127.0.0.1:" + socket.socket().getLocalPort() + "/file.ipsw\","
                    + "\"releasedate\":\"2026-01-12T17:00:00Z\",\"uploaddate\":\"2026-01-10T20:35:13Z\",\"signed\":true}]}")
                    .getBytes(StandardCharsets.UTF_8);
            acceptor = new Thread(this::serve, "loopback-mirror");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.socket().getLocalPort();
        }

        private void serve() {
            while (socket.isOpen()) {
                try {
                    SocketChannel client = socket.accept();
                    Thread thread = new Thread(() -> answer(client), "loopback-mirror-client");
                    thread.setDaemon(true);
                    thread.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void answer(SocketChannel client) {
            try (client) {
                String request = readHead(client.socket().getInputStream());
                String path = request.split(" ")[1];
                if (path.startsWith("/device/")) {
                    write(client, head(200, "application/json", catalog.length));
                    write(client, catalog);
                } else if (path.equals("/file.ipsw")) {
                    long size = Files.size(file);
                    write(client, head(200, "application/octet-stream", size));
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                        for (long sent = 0; sent < size; ) {
                            sent += channel.transferTo(sent, size - sent, client);
                        }
                    }
                } else {
                    write(client, head(404, "text/plain", 0));
                }
            } catch (IOException e) {
                // the client went away; the benchmark reports its own failure
            }
        }

        private static void write(SocketChannel client, byte[] bytes) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                client.write(buffer);
            }
        }

        private static String readHead(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                head.append((char) next);
            }
            return head.toString();
        }

        private static byte[] head(int status, String type, long length) {
            return ("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + length
                    + "\r\nETag: \"bench\"\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        private static String digest(String algorithm, Path file) throws Exception {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 20];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
