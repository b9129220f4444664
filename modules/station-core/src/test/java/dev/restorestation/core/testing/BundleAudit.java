package dev.restorestation.core.testing;

import dev.restorestation.core.text.StationLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a bundle of {@link dev.restorestation.core.text.Messages} texts, read from its files:
 * every translation has exactly the English keys, every pattern formats with the same arguments
 * as English and writes its apostrophes twice, and the keys match what the sources use. Each
 * check returns its problems, one line each, so a test can assert they are none.
 */
public final class BundleAudit {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final String baseName;
    private final Map<Locale, Map<String, String>> texts = new TreeMap<>((a, b) -> a.toLanguageTag().compareTo(b.toLanguageTag()));

    public BundleAudit(String baseName, Class<?> anchor) {
        this.baseName = baseName;
        for (Locale language : StationLanguage.AVAILABLE) {
            texts.put(language, read(anchor, baseName, language));
        }
    }

    public Set<String> englishKeys() {
        return texts.get(Locale.ENGLISH).keySet();
    }

    /** Keys a translation lacks, and keys it has that English does not. */
    public List<String> keyProblems() {
        List<String> problems = new ArrayList<>();
        Set<String> english = englishKeys();
        if (english.isEmpty()) {
            problems.add(baseName + ": no English texts");
        }
        texts.forEach((language, translated) -> {
            english.stream().filter(key -> !translated.containsKey(key))
                    .forEach(key -> problems.add(baseName + "_" + language + ": missing " + key));
            translated.keySet().stream().filter(key -> !english.contains(key))
                    .forEach(key -> problems.add(baseName + "_" + language + ": " + key + " is not an English key"));
        });
        return problems;
    }

    /** Patterns that do not parse, use other arguments than English, leave an apostrophe single or are blank. */
    public List<String> patternProblems() {
        List<String> problems = new ArrayList<>();
        Map<String, String> english = texts.get(Locale.ENGLISH);
        texts.forEach((language, translated) -> translated.forEach((key, pattern) -> {
            String where = baseName + "_" + language + ": " + key;
            if (pattern.isBlank()) {
                problems.add(where + " is blank");
                return;
            }
            try {
                new MessageFormat(pattern, language);
            } catch (IllegalArgumentException e) {
                problems.add(where + " does not format: " + e.getMessage());
                return;
            }
            if (LONE_APOSTROPHE.matcher(pattern).find()) {
                problems.add(where + " has a single apostrophe (write it twice)");
            }
            if (english.containsKey(key) && !arguments(pattern).equals(arguments(english.get(key)))) {
                problems.add(where + " uses arguments " + arguments(pattern) + ", English " + arguments(english.get(key)));
            }
        }));
        return problems;
    }

    /**
     * Keys the sources pass to {@code call} (e.g. {@code text(}) as a string literal that have no
     * English text, and English keys no string literal in the sources names, unless they start
     * with one of {@code builtPrefixes} (keys a caller builds at run time, to be checked by the caller).
     */
    public List<String> usageProblems(Path sources, Pattern call, Set<String> builtPrefixes) {
        Set<String> called = literals(sources, Pattern.compile(call.pattern() + "\"([^\"]+)\""));
        Set<String> named = literals(sources, Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\""));
        List<String> problems = new ArrayList<>();
        called.stream().filter(key -> !englishKeys().contains(key) && !builtPrefixes.contains(key))
                .forEach(key -> problems.add(baseName + ": the sources use " + key + ", which has no text"));
        englishKeys().stream()
                .filter(key -> !named.contains(key) && builtPrefixes.stream().noneMatch(key::startsWith))
                .forEach(key -> problems.add(baseName + ": nothing uses " + key));
        return problems;
    }

    /** The first group of every match of {@code literal} in the Java sources under {@code sources}. */
    private static Set<String> literals(Path sources, Pattern literal) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    static Set<Integer> arguments(String pattern) {
        Set<Integer> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            arguments.add(Integer.parseInt(matcher.group(1)));
        }
        return arguments;
    }

    private static Map<String, String> read(Class<?> anchor, String baseName, Locale language) {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        String path = baseName.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        Map<String, String> byKey = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> byKey.put(key, properties.getProperty(key)));
        return byKey;
    }
}
