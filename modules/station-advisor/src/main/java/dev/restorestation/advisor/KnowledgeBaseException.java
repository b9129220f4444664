package dev.restorestation.advisor;

import java.util.List;

/** The knowledge base file is unreadable or breaks its rules; lists every problem found. */
public final class KnowledgeBaseException extends RuntimeException {

    private final List<String> problems;

    KnowledgeBaseException(String source, List<String> problems) {
        super("knowledge base " + source + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
