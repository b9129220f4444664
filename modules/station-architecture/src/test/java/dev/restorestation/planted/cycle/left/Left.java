package dev.restorestation.planted.cycle.left;

import dev.restorestation.planted.cycle.right.Right;

/** Half of a planted package cycle: left needs right. */
public final class Left {

    public Right partner() {
        return new Right();
    }
}
