package dev.restorestation.restore.log;

import dev.restorestation.core.restore.Diagnosis;
import java.util.Objects;

/** What an engine log says in the end. */
public sealed interface EngineVerdict {

    record Success(String summary) implements EngineVerdict {
        public Success {
            Objects.requireNonNull(summary, "summary");
        }
    }

    record Failure(Diagnosis diagnosis) implements EngineVerdict {
        public Failure {
            Objects.requireNonNull(diagnosis, "diagnosis");
        }
    }
}
