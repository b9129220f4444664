package dev.restorestation.app.cli;

import dev.restorestation.core.text.StationLanguage;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The command line's help (descriptions of commands, options and parameters, and picocli's
 * headings) in the station's language. English is the annotations themselves; a translation is
 * {@code help_es.properties} or {@code help_de.properties}, keyed as picocli looks them up:
 * {@code station.advise.usage.description}, {@code station.advise.json} (an option by its longest
 * name), {@code station.advise.CODE[0]} (a parameter by its label and index).
 */
public final class HelpLanguage {

    /** Where the translations sit on the class path. */
    public static final String BUNDLE = "dev.restorestation.app.text.help";

    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private HelpLanguage() {
    }

    /** Gives {@code commandLine} and its subcommands their help in the station's language; English needs nothing. */
    public static void apply(CommandLine commandLine) {
        Locale language = StationLanguage.current();
        if (!language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            commandLine.setResourceBundle(ResourceBundle.getBundle(BUNDLE, language, HelpLanguage.class.getClassLoader(),
                    NO_SYSTEM_FALLBACK));
        }
    }
}
