package dev.restorestation.advisor;

import dev.restorestation.core.text.TextFile;
import java.util.Locale;
import java.util.Properties;

/**
 * The knowledge base's texts in one language. English is the JSON file itself; a translation sits
 * beside it as {@code knowledge-base_es.properties}, {@code knowledge-base_de.properties} (UTF-8,
 * plain text, not patterns), keyed {@code fix.ID}, {@code error.ID}, {@code category.ID},
 * {@code cause.ERROR-ID.N} and {@code note.ERROR-ID.N} (the error's N-th cause or device note, from 1). A text the file lacks stays
 * English, so a knowledge base of the shop's own still reads.
 */
final class KnowledgeTranslation {

    static final KnowledgeTranslation ENGLISH = new KnowledgeTranslation(new Properties());

    private final Properties texts;

    private KnowledgeTranslation(Properties texts) {
        this.texts = texts;
    }

    static KnowledgeTranslation of(Locale language) {
        if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return ENGLISH;
        }
        return new KnowledgeTranslation(read(language));
    }

    /** Where the translation into {@code language} sits on the class path. */
    static String resource(Locale language) {
        return KnowledgeBase.BUNDLED.replace(".json", "_" + language.getLanguage() + ".properties");
    }

    static Properties read(Locale language) {
        return TextFile.read(KnowledgeTranslation.class, resource(language));
    }

    String text(String key, String english) {
        return texts.getProperty(key, english).strip();
    }
}
