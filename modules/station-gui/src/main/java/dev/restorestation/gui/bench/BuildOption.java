package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * A build a device can be restored to, as the bench offers it.
 *
 * @param version      the iOS version, empty when only a file name is known
 * @param latestSigned the build a restore gets when none is chosen: the first signed one the catalog lists
 * @param signed       Apple signs it, as the catalog last said (a build only in the cache is checked at the start)
 */
public record BuildOption(String build, String version, boolean latestSigned, boolean signed, boolean cached) {

    /** Not a build: "each device's latest signed build", the choice that undoes a pick. */
    static final BuildOption LATEST_FOR_EACH = new BuildOption("", "", true, true, false);

    /** The IPSW the station was started with, which every restore uses unless a build is picked. */
    static BuildOption file(String fileName) {
        return new BuildOption(fileName, "", false, false, false);
    }

    /** "23B85 (iOS 26.1)". */
    String describe() {
        if (this == LATEST_FOR_EACH) {
            return Texts.text("build.latestForEach");
        }
        return version.isEmpty() ? build : Texts.text("build.version", build, version);
    }

    /** "latest signed · cached". */
    String qualities() {
        List<String> words = new ArrayList<>();
        if (latestSigned) {
            words.add(Texts.text("build.latestSigned"));
        } else if (signed) {
            words.add(Texts.text("build.signed"));
        }
        if (cached) {
            words.add(Texts.text("build.cached"));
        }
        return String.join(" · ", words);
    }

    @Override
    public String toString() {
        String qualities = qualities();
        return this == LATEST_FOR_EACH || qualities.isEmpty() ? describe() : describe() + " · " + qualities;
    }
}
