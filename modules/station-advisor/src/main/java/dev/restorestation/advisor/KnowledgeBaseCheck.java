package dev.restorestation.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a knowledge base file and lists every problem: {@code KnowledgeBaseCheck FILE}. The
 * build runs it on the bundled file, so a broken knowledge base never ships, tests or not.
 */
public final class KnowledgeBaseCheck {

    private KnowledgeBaseCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: KnowledgeBaseCheck FILE");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        try (InputStream in = Files.newInputStream(file)) {
            KnowledgeBase knowledge = KnowledgeBase.read(in, file.toString());
            System.out.println(file + ": valid, " + knowledge.appleCodeCount() + " Apple codes in "
                    + knowledge.appleCodeEntries().size() + " entries");
        } catch (KnowledgeBaseException e) {
            e.problems().forEach(problem -> System.err.println(file + ": " + problem));
            System.exit(1);
        } catch (IOException e) {
            System.err.println(file + ": cannot read: " + e.getMessage());
            System.exit(1);
        }
    }
}
