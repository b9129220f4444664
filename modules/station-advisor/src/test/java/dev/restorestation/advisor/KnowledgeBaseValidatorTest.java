package dev.restorestation.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restorestation.core.diagnosis.ErrorCategory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A broken knowledge base is refused with words that say what is wrong; a good one loads. */
class KnowledgeBaseValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSmallFileLoads() throws IOException {
        KnowledgeBase knowledge = read(small());
        assertThat(knowledge.appleCode(1602, ErrorCategory.UNKNOWN)).map(KnownError::id).contains("code-1600-1604");
        assertThat(knowledge.appleCode(6, ErrorCategory.NETWORK)).map(KnownError::id).contains("code-6-download");
    }

    @Test
    void rejectsAnUnknownCategory() throws IOException {
        assertRejected(kb -> code(kb, 0).put("category", "cable"), "unknown error category: 'cable'");
    }

    @Test
    void rejectsADuplicateFixId() throws IOException {
        assertRejected(kb -> ((ObjectNode) kb.withArray("fixes").get(1)).put("id", "swap-cable"),
                "fix 'swap-cable' is defined twice");
    }

    @Test
    void rejectsADuplicateEntryId() throws IOException {
        assertRejected(kb -> code(kb, 1).put("id", "code-4013"), "code entry 'code-4013' is defined twice");
    }

    @Test
    void rejectsAnUndefinedFix() throws IOException {
        assertRejected(kb -> code(kb, 0).withArray("fixes").add("reseat-sim"), "uses fix 'reseat-sim', which is not defined");
    }

    @Test
    void rejectsABackwardsRange() throws IOException {
        assertRejected(kb -> ((ObjectNode) code(kb, 1).withArray("ranges").get(0)).put("from", 1610),
                "range 1610-1604 that runs backwards");
    }

    @Test
    void rejectsAnImplausiblyWideRange() throws IOException {
        assertRejected(kb -> ((ObjectNode) code(kb, 1).withArray("ranges").get(0)).put("to", 9000), "wider than");
    }

    @Test
    void rejectsTwoEntriesClaimingOneCodeUnlessIntended() throws IOException {
        assertRejected(kb -> code(kb, 1).withArray("ranges").addObject().put("from", 4010).put("to", 4020),
                "'code-4013' and 'code-1600-1604' both claim 4013");
        assertRejected(kb -> code(kb, 3).remove("sharesCodesWith"), "'code-6' and 'code-6-download' both claim 6");
        assertRejected(kb -> code(kb, 3).put("category", "storage"), "share codes within one category");
        assertRejected(kb -> code(kb, 3).put("sharesCodesWith", "code-4013"), "both claim 6");
    }

    @Test
    void rejectsAnEntryNamingACodeTwice() throws IOException {
        assertRejected(kb -> code(kb, 1).putArray("codes").add(1602), "names 1602 and 1600–1604, which overlap");
    }

    @Test
    void rejectsADestructiveFirstFix() throws IOException {
        assertRejected(kb -> code(kb, 2).putArray("fixes").add("erase").add("board"),
                "starts with the destructive fix 'erase'");
    }

    @Test
    void rejectsACategoryWithoutGenericAdvice() throws IOException {
        assertRejected(kb -> kb.withArray("categories").remove(4), "category 'network' has no generic advice");
    }

    @Test
    void rejectsAnUnknownFixKindAndMissingFields() throws IOException {
        assertRejected(kb -> ((ObjectNode) kb.withArray("fixes").get(0)).put("kind", "magic"), "unknown fix kind: 'magic'");
        assertRejected(kb -> code(kb, 0).remove("meaning"), "code entry 'code-4013' meaning is empty");
        assertRejected(kb -> code(kb, 0).remove("causes"), "lists no likely causes");
        assertRejected(kb -> code(kb, 0).remove("codes"), "names no codes and no ranges");
        assertRejected(kb -> kb.put("schema", 2), "schema is 2, expected 1");
    }

    @Test
    void rejectsBadEnginePatternsAndProductTypes() throws IOException {
        assertRejected(kb -> ((ObjectNode) kb.withArray("engine").get(0)).put("pattern", "Unable to (discover"),
                "engine entry 'engine-no-device' has a broken pattern");
        assertRejected(kb -> code(kb, 0).putArray("devices").addObject().put("note", "iPhone 7")
                .putArray("productTypes").add("iPhone 7"), "product type 'iPhone 7'");
    }

    @Test
    void saysWhichValueHasTheWrongType() throws IOException {
        assertRejected(kb -> code(kb, 0).put("codes", "4013"), "'codes' must be a list of whole numbers");
        assertRejected(kb -> code(kb, 0).putArray("codes").add(40.13), "'codes' must hold whole numbers, not 40.13");
        assertRejected(kb -> ((ObjectNode) kb.withArray("fixes").get(2)).put("destructive", "yes"),
                "'destructive' must be true or false");
        assertRejected(kb -> kb.put("schema", "1"), "'schema' must be a whole number");
        assertRejected(kb -> kb.withArray("codes").add("4013"), "codes[4] must be an object");
    }

    @Test
    void rejectsUnknownFieldsAndBrokenJson() {
        assertThatThrownBy(() -> read(small().put("hints", "none")))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("hints");
        assertThatThrownBy(() -> KnowledgeBase.read(stream("{\"schema\": 1, \"fixes\": ["), "broken.json"))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("broken.json");
    }

    /** Every field, dropped or set to null or to the wrong type, gives a problem report, never a crash. */
    @Test
    void anyDamagedFieldIsReportedNotCrashedOn() {
        List<List<Object>> paths = new ArrayList<>();
        collectFields(small(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(50);
        for (List<Object> path : paths) {
            for (Consumer<ObjectNode> damage : List.<Consumer<ObjectNode>>of(
                    parent -> parent.remove((String) last(path)),
                    parent -> parent.putNull((String) last(path)),
                    parent -> parent.putArray((String) last(path)).addNull(),
                    parent -> parent.put((String) last(path), 7))) {
                ObjectNode kb = small();
                damage.accept(parentOf(kb, path));
                try {
                    read(kb);
                } catch (KnowledgeBaseException expected) {
                    assertThat(expected.problems()).as("%s", path).isNotEmpty();
                } catch (Exception e) {
                    throw new AssertionError("damaging " + path + " crashed the reader", e);
                }
            }
        }
    }

    @Test
    void listsEveryProblemAtOnce() {
        ObjectNode kb = small();
        code(kb, 0).put("category", "cable");
        code(kb, 1).withArray("fixes").add("reseat-sim");
        assertThatThrownBy(() -> read(kb)).isInstanceOfSatisfying(KnowledgeBaseException.class,
                e -> assertThat(e.problems()).hasSize(2));
    }

    private static void assertRejected(Consumer<ObjectNode> breakIt, String problem) throws IOException {
        ObjectNode kb = small();
        breakIt.accept(kb);
        assertThatThrownBy(() -> read(kb)).isInstanceOf(KnowledgeBaseException.class).hasMessageContaining(problem);
    }

    private static void collectFields(JsonNode node, List<Object> path, List<List<Object>> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> child = new ArrayList<>(path);
                child.add(name);
                paths.add(child);
                collectFields(node.get(name), child, paths);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = new ArrayList<>(path);
                child.add(i);
                collectFields(node.get(i), child, paths);
            }
        }
    }

    private static ObjectNode parentOf(ObjectNode kb, List<Object> path) {
        JsonNode node = kb;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return (ObjectNode) node;
    }

    private static Object last(List<Object> path) {
        return path.get(path.size() - 1);
    }

    private static ObjectNode code(ObjectNode kb, int index) {
        return (ObjectNode) ((ArrayNode) kb.get("codes")).get(index);
    }

    private static ObjectNode small() {
        try (InputStream in = KnowledgeBaseValidatorTest.class.getResourceAsStream("small-knowledge-base.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KnowledgeBase read(ObjectNode kb) throws IOException {
        return KnowledgeBase.read(stream(JSON.writeValueAsString(kb)), "test.json");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
