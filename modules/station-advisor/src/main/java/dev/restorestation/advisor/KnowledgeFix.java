package dev.restorestation.advisor;

import dev.restorestation.core.advice.Fix;

/** A fix as the knowledge base defines it, shared by every code it helps with. */
public record KnowledgeFix(String id, String text, boolean destructive, FixKind kind) {

    Fix withEvidence(String evidence) {
        return new Fix(id, text, destructive, evidence);
    }
}
