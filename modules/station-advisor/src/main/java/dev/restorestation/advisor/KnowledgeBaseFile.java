package dev.restorestation.advisor;

import java.util.List;

/**
 * The knowledge base file exactly as written (JSON), before validation. Every field may be
 * missing here; {@link KnowledgeBaseValidator} says what is wrong in words.
 */
record KnowledgeBaseFile(Integer schema, List<FixEntry> fixes, List<CategoryEntry> categories,
                         List<CodeEntry> codes, List<EngineEntry> engine) {

    static final int SCHEMA = 1;

    record FixEntry(String id, String kind, Boolean destructive, String text) {
    }

    record CategoryEntry(String category, Boolean escalates, String meaning, List<String> fixes) {
    }

    /** Apple codes: single {@code codes} and/or inclusive {@code ranges}. */
    record CodeEntry(String id, List<Integer> codes, List<RangeEntry> ranges, String category,
                     String sharesCodesWith, Boolean verified, String meaning, List<String> causes,
                     List<String> fixes, List<DeviceEntry> devices) {
    }

    record RangeEntry(Integer from, Integer to) {
    }

    record DeviceEntry(List<String> productTypes, String note, List<String> fixes) {
    }

    /** The engine's own failures: by status code and/or by a pattern found in its message. */
    record EngineEntry(String id, List<Integer> statusCodes, String pattern, String category, String meaning,
                       List<String> causes, List<String> fixes) {
    }
}
