package dev.restorestation.core.task;

/** Work that must not run on the UI thread: file, network, database, process or USB I/O. */
@FunctionalInterface
public interface BackgroundTask<T> {

    T run(TaskContext context) throws Exception;
}
