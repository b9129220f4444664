package dev.restorestation.gui.bench;

import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.ticket.Ticket;
import java.util.List;

/**
 * Everything one tile shows: the slot, the device in it (null once unplugged), the ticket with
 * its customer note, and the job. Immutable; the bench model replaces it on every change.
 *
 * @param note        the customer note on the ticket ("wants the photos kept"); null without one
 * @param fixesMarked fix ids the technician ticked since the last attempt
 * @param build       the build the next restore gets; null while not known
 * @param buildChosen whether the technician picked {@code build} (else it is the station's choice)
 */
public record SlotTile(Slot slot, DeviceSnapshot device, Ticket ticket, String note, JobState job,
                       List<String> fixesMarked, BuildOption build, boolean buildChosen) {

    public SlotTile {
        fixesMarked = List.copyOf(fixesMarked);
    }

    /** A known slot with nothing plugged in. */
    static SlotTile empty(Slot slot) {
        return new SlotTile(slot, null, null, null, new JobState.Idle(), List.of(), null, false);
    }

    static SlotTile of(DeviceSnapshot device) {
        return new SlotTile(device.slot(), device, null, null, new JobState.Idle(), List.of(), null, false);
    }

    SlotTile withDevice(DeviceSnapshot newDevice) {
        return new SlotTile(slot, newDevice, ticket, note, job, fixesMarked, build, buildChosen);
    }

    /** Another ticket: its own note, none until one is written. The job and its result stay as they were. */
    SlotTile withTicket(Ticket newTicket) {
        return new SlotTile(slot, device, newTicket, newTicket.equals(ticket) ? note : null, job, fixesMarked, build,
                buildChosen);
    }

    /** Ready for the next phone: no ticket, note, result, ticked fixes or picked build. */
    SlotTile cleared() {
        return new SlotTile(slot, device, null, null, new JobState.Idle(), List.of(), buildChosen ? null : build, false);
    }

    SlotTile withNote(String newNote) {
        return new SlotTile(slot, device, ticket, newNote, job, fixesMarked, build, buildChosen);
    }

    SlotTile withJob(JobState newJob) {
        return new SlotTile(slot, device, ticket, note, newJob, newJob instanceof JobState.Running ? List.of() : fixesMarked,
                build, buildChosen);
    }

    SlotTile withFixesMarked(List<String> ids) {
        return new SlotTile(slot, device, ticket, note, job, ids, build, buildChosen);
    }

    /** @param chosen whether the technician picked it */
    SlotTile withBuild(BuildOption newBuild, boolean chosen) {
        return new SlotTile(slot, device, ticket, note, job, fixesMarked, newBuild, chosen);
    }

    /** Kept on the bench after its device left: it still has something to tell. */
    boolean worthKeeping() {
        return ticket != null || !(job instanceof JobState.Idle);
    }

    public boolean present() {
        return device != null;
    }

    public String key() {
        return slot.portPath();
    }
}
