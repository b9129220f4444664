package dev.restorestation.bench;

/** One benchmark the jar can run. */
interface Benchmark {

    void run(String[] args) throws Exception;
}
