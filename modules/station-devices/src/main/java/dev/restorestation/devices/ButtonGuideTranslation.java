package dev.restorestation.devices;

import dev.restorestation.core.device.ButtonGuide;
import dev.restorestation.core.text.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The button guides' words in one language. English is {@code button-guides.json} itself; a
 * translation sits beside it as {@code button-guides_es.properties}, {@code button-guides_de.properties}
 * (UTF-8, plain text), keyed {@code name.FAMILY}, {@code release.FAMILY}, {@code keep.FAMILY},
 * {@code dfu.FAMILY.N} and {@code recovery.FAMILY.N} (the N-th step, from 1). Timings and sources never
 * change with the language; a text the file lacks stays English.
 */
final class ButtonGuideTranslation {

    private final Properties texts;

    private ButtonGuideTranslation(Properties texts) {
        this.texts = texts;
    }

    static ButtonGuideTranslation of(Locale language) {
        return new ButtonGuideTranslation(read(language));
    }

    /** Where the translation into {@code language} sits on the class path; English has none. */
    static String resource(Locale language) {
        return BundledButtonGuides.RESOURCE.replace(".json", "_" + language.getLanguage() + ".properties");
    }

    static Properties read(Locale language) {
        if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return new Properties();
        }
        return TextFile.read(ButtonGuideTranslation.class, resource(language));
    }

    /** The same guide in this translation's words. */
    ButtonGuide translate(ButtonGuide guide) {
        String family = guide.family();
        return new ButtonGuide(family, text("name." + family, guide.name()),
                sequence(guide.dfu(), "dfu." + family, family),
                guide.recovery() == null ? null : sequence(guide.recovery(), "recovery." + family, family));
    }

    private ButtonGuide.Sequence sequence(ButtonGuide.Sequence english, String prefix, String family) {
        List<ButtonGuide.Step> steps = new ArrayList<>();
        for (int i = 0; i < english.steps().size(); i++) {
            ButtonGuide.Step step = english.steps().get(i);
            steps.add(new ButtonGuide.Step(text(prefix + "." + (i + 1), step.action()), step.seconds()));
        }
        String release = english.release().isEmpty() ? "" : text("release." + family, english.release());
        String keep = english.keep().isEmpty() ? "" : text("keep." + family, english.keep());
        return new ButtonGuide.Sequence(steps, english.source(), release, keep);
    }

    private String text(String key, String english) {
        return texts.getProperty(key, english).strip();
    }
}
