package dev.restorestation.app.planted;

import dev.restorestation.bench.Benchmarks;

/** A planted breach: the station depending on its benchmark jar. */
public final class ReachesIntoBench {

    public void measure() throws Exception {
        Benchmarks.main(new String[0]);
    }
}
