package dev.restorestation.advisor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restorestation.advisor.KnowledgeBaseFile.CategoryEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.CodeEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.DeviceEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.EngineEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.FixEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.RangeEntry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns the parsed JSON tree into {@link KnowledgeBaseFile}, field by field: an unknown field or
 * a value of the wrong type becomes a problem in words, and the value is left out for the
 * validator to report as missing. (Reading the tree by hand costs a fraction of binding records.)
 */
final class KnowledgeBaseJson {

    private final List<String> problems;

    private KnowledgeBaseJson(List<String> problems) {
        this.problems = problems;
    }

    /** The file's contents; type problems are added to {@code problems}. */
    static KnowledgeBaseFile read(JsonNode root, List<String> problems) {
        return new KnowledgeBaseJson(problems).file(root);
    }

    private KnowledgeBaseFile file(JsonNode root) {
        if (!root.isObject()) {
            problems.add("the file must hold one JSON object");
            return new KnowledgeBaseFile(null, null, null, null, null);
        }
        known(root, "the file", Set.of("schema", "fixes", "categories", "codes", "engine"));
        return new KnowledgeBaseFile(integer(root, "schema", "the file"), list(root, "fixes", this::fix),
                list(root, "categories", this::category), list(root, "codes", this::code), list(root, "engine", this::engine));
    }

    private FixEntry fix(JsonNode node, String where) {
        known(node, where, Set.of("id", "kind", "destructive", "text"));
        return new FixEntry(text(node, "id", where), text(node, "kind", where), bool(node, "destructive", where),
                text(node, "text", where));
    }

    private CategoryEntry category(JsonNode node, String where) {
        known(node, where, Set.of("category", "escalates", "meaning", "fixes"));
        return new CategoryEntry(text(node, "category", where), bool(node, "escalates", where), text(node, "meaning", where),
                texts(node, "fixes", where));
    }

    private CodeEntry code(JsonNode node, String where) {
        known(node, where, Set.of("id", "codes", "ranges", "category", "sharesCodesWith", "verified", "meaning", "causes",
                "fixes", "devices"));
        return new CodeEntry(text(node, "id", where), integers(node, "codes", where), list(node, "ranges", this::range),
                text(node, "category", where), text(node, "sharesCodesWith", where), bool(node, "verified", where),
                text(node, "meaning", where), texts(node, "causes", where), texts(node, "fixes", where),
                list(node, "devices", this::device));
    }

    private RangeEntry range(JsonNode node, String where) {
        known(node, where, Set.of("from", "to"));
        return new RangeEntry(integer(node, "from", where), integer(node, "to", where));
    }

    private DeviceEntry device(JsonNode node, String where) {
        known(node, where, Set.of("productTypes", "note", "fixes"));
        return new DeviceEntry(texts(node, "productTypes", where), text(node, "note", where), texts(node, "fixes", where));
    }

    private EngineEntry engine(JsonNode node, String where) {
        known(node, where, Set.of("id", "statusCodes", "pattern", "category", "meaning", "causes", "fixes"));
        return new EngineEntry(text(node, "id", where), integers(node, "statusCodes", where), text(node, "pattern", where),
                text(node, "category", where), text(node, "meaning", where), texts(node, "causes", where),
                texts(node, "fixes", where));
    }

    private void known(JsonNode node, String where, Set<String> fields) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                problems.add(where + " has an unknown field '" + name + "'");
            }
        }
    }

    /** The objects of an array field, each read by {@code element}; null when absent. */
    private <T> List<T> list(JsonNode parent, String field, BiFunction<JsonNode, String, T> element) {
        JsonNode array = present(parent, field);
        if (array == null) {
            return null;
        }
        if (!array.isArray()) {
            problems.add("'" + field + "' must be a list");
            return null;
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String where = field + "[" + i + "]" + (item.hasNonNull("id") ? " '" + item.get("id").asText() + "'" : "");
            if (item.isObject()) {
                values.add(element.apply(item, where));
            } else {
                problems.add(where + " must be an object");
                values.add(null);
            }
        }
        return values;
    }

    private List<String> texts(JsonNode parent, String field, String where) {
        return values(parent, field, where, JsonNode::isTextual, JsonNode::asText, "text");
    }

    private List<Integer> integers(JsonNode parent, String field, String where) {
        return values(parent, field, where, n -> n.isIntegralNumber() && n.canConvertToInt(), JsonNode::asInt, "whole numbers");
    }

    private <T> List<T> values(JsonNode parent, String field, String where, Predicate<JsonNode> fits,
                               Function<JsonNode, T> value, String kind) {
        JsonNode array = present(parent, field);
        if (array == null) {
            return null;
        }
        List<T> values = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode item : array) {
                boolean fitting = fits.test(item);
                values.add(fitting ? value.apply(item) : null);
                if (!fitting) {
                    problems.add(where + ": '" + field + "' must hold " + kind + ", not " + item);
                }
            }
            return values;
        }
        problems.add(where + ": '" + field + "' must be a list of " + kind);
        return null;
    }

    private String text(JsonNode parent, String field, String where) {
        JsonNode node = present(parent, field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(where + ": '" + field + "' must be text, not " + node);
            return null;
        }
        return node.asText();
    }

    private Integer integer(JsonNode parent, String field, String where) {
        JsonNode node = present(parent, field);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(where + ": '" + field + "' must be a whole number, not " + node);
            return null;
        }
        return node.asInt();
    }

    private Boolean bool(JsonNode parent, String field, String where) {
        JsonNode node = present(parent, field);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            problems.add(where + ": '" + field + "' must be true or false, not " + node);
            return null;
        }
        return node.asBoolean();
    }

    /** The field's value, or null when it is absent or JSON null. */
    private static JsonNode present(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : node;
    }
}
