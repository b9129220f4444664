package dev.restorestation.restore.log;

import dev.restorestation.core.diagnosis.Diagnosis;
import java.util.List;
import java.util.Objects;

/** What an engine log says in the end. */
public sealed interface EngineVerdict {

    record Success(String summary) implements EngineVerdict {
        public Success {
            Objects.requireNonNull(summary, "summary");
        }
    }

    /**
     * @param confidence how sure the reading is, 0..1
     * @param evidence   the lines that decided, in log order; for an unknown failure the most telling ones
     */
    record Failure(Diagnosis diagnosis, double confidence, List<Evidence> evidence) implements EngineVerdict {
        public Failure {
            Objects.requireNonNull(diagnosis, "diagnosis");
            evidence = List.copyOf(evidence);
        }
    }
}
