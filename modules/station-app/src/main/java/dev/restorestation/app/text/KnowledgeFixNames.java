package dev.restorestation.app.text;

import dev.restorestation.advisor.KnowledgeBase;
import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.text.StationLanguage;
import java.util.HashMap;
import java.util.Map;

/** The fix texts of the knowledge base the advisor offers them from, read once off the event thread. */
public final class KnowledgeFixNames implements FixNames {

    private final Map<String, String> texts;

    private KnowledgeFixNames(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** Reads the shipped knowledge base now, in the station's language: blocks, so never on the event thread. */
    public static KnowledgeFixNames bundled() {
        return of(KnowledgeBase.bundled().in(StationLanguage.current()));
    }

    static KnowledgeFixNames of(KnowledgeBase knowledge) {
        Map<String, String> texts = new HashMap<>();
        knowledge.fixes().forEach((id, fix) -> texts.put(id, fix.text()));
        // the one fix the station records itself, not offered by the advisor
        texts.put(RestoreRequest.AUTOMATIC_RETRY, AppText.text("history.automaticRetry"));
        return new KnowledgeFixNames(texts);
    }

    @Override
    public String text(String id) {
        return texts.getOrDefault(id, id);
    }
}
