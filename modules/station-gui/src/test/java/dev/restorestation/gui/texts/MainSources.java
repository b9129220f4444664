package dev.restorestation.gui.texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The window module's main sources, each with its comments blanked out so a scan sees only code and string literals. */
final class MainSources {

    static final Path ROOT = Path.of("src/main/java");

    private MainSources() {
    }

    /** File name relative to the source root → code without comments. */
    static Map<String, String> read() {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.put(ROOT.relativize(file).toString(), withoutComments(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sources.size() < 50) {
            throw new AssertionError("the window's sources were not found under " + ROOT.toAbsolutePath());
        }
        return sources;
    }

    /** Comments become spaces; string and char literals (text blocks included) stay as they are. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                for (; i < end; i++) {
                    out.append(code.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end + 3;
                out.append(code, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(code, i);
                out.append(code, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index after the literal that opens at {@code start}. */
    static int literalEnd(String code, int start) {
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote) {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, code.length());
    }

    /** The string literals in {@code code}, unescaped only as far as a test needs (quotes and backslashes). */
    static List<String> literals(String code) {
        List<String> found = new java.util.ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = literalEnd(code, i);
                if (c == '"') {
                    found.add(code.substring(i + 1, Math.max(i + 1, end - 1)));
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }
}
