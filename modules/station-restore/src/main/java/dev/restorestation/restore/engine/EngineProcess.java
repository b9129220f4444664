package dev.restorestation.restore.engine;

import dev.restorestation.restore.log.BoundedLineReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running engine process: stdout and stderr each read on their own thread, line by line in
 * bounded memory; {@code Finished} delivered after the process ended and both streams were read.
 */
final class EngineProcess extends EndingRun {

    /** How long a gracefully stopped process tree gets before it is killed outright. */
    private static final long GRACE_MILLIS = 2000;
    /** How long to wait for output after exit, should a left-over child still hold the pipes. */
    private static final long DRAIN_MILLIS = 5000;

    private final Process process;

    private EngineProcess(Process process) {
        this.process = process;
    }

    static EngineProcess start(ProcessBuilder builder, String name, EngineOutput output) throws IOException {
        Process process = builder.start();
        process.getOutputStream().close();
        EngineProcess run = new EngineProcess(process);
        Thread out = reader(name + " stdout", process.getInputStream(), output);
        Thread err = reader(name + " stderr", process.getErrorStream(), output);
        Thread waiter = new Thread(() -> run.awaitExit(out, err, output), name + " exit");
        waiter.setDaemon(true);
        waiter.start();
        return run;
    }

    private static Thread reader(String name, InputStream stream, EngineOutput output) {
        Thread thread = new Thread(() -> BoundedLineReader.read(stream, output::line), name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void awaitExit(Thread out, Thread err, EngineOutput output) {
        try {
            int code = process.waitFor();
            out.join(DRAIN_MILLIS);
            err.join(DRAIN_MILLIS);
            try {
                output.finished(code);
            } finally {
                ended(code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned();
        }
    }

    @Override
    public void cancel() {
        Thread killer = new Thread(() -> stopTree(process.toHandle()), "stop " + process.pid());
        killer.setDaemon(true);
        killer.start();
    }

    /**
     * Asks the whole tree to stop, then kills what is left. The descendants are listed before the
     * parent goes, since an orphan is no longer anyone's descendant.
     */
    static void stopTree(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.currentTimeMillis() + GRACE_MILLIS;
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // still alive after the grace period: killed below
            }
        }
        List<ProcessHandle> late = new ArrayList<>(tree);
        tree.forEach(handle -> late.addAll(handle.descendants().toList()));
        late.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
