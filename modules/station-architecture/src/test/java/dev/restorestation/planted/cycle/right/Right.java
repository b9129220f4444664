package dev.restorestation.planted.cycle.right;

import dev.restorestation.planted.cycle.left.Left;

/** The other half: right needs left back. */
public final class Right {

    public Left partner() {
        return new Left();
    }
}
