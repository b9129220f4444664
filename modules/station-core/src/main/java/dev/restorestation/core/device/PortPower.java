package dev.restorestation.core.device;

import java.io.IOException;
import java.util.Set;

/**
 * Port: turning a slot's USB port off and on again, to restart a stuck device, where the hub
 * switches power port by port. Both calls run a program: never on the window's event thread.
 */
public interface PortPower {

    /** The port paths ({@code 1-1.4}) whose power can be switched one by one now; empty where none can. */
    Set<String> switchablePorts();

    /** Turns the slot's port off, waits, and turns it on; the exception's message is one line. */
    void cycle(Slot slot) throws IOException;

    /** No port can be switched, for a bench without the tool. */
    PortPower NONE = new PortPower() {
        @Override
        public Set<String> switchablePorts() {
            return Set.of();
        }

        @Override
        public void cycle(Slot slot) throws IOException {
            throw new IOException("the power of slot " + slot.label() + " cannot be switched on this computer");
        }
    };
}
