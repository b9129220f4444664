package dev.restorestation.advisor;

import dev.restorestation.advisor.KnowledgeBaseFile.CategoryEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.CodeEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.DeviceEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.EngineEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.FixEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.RangeEntry;
import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.IntStream;

/**
 * The rules a knowledge base file must keep: known schema, unique ids, known categories and fix
 * kinds, defined fixes, safe fix first, sane code ranges, and no two entries claiming one code
 * unless one says it shares the code with the other (for a different category).
 */
final class KnowledgeBaseValidator {

    /** Apple's codes are small numbers; anything wider is a typo. */
    static final int LARGEST_CODE = 99_999;
    /** A range wider than this is a typo, not Apple's numbering. */
    static final int WIDEST_RANGE = 100;
    static final int LONGEST_LINE = 120;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PRODUCT_TYPE = Pattern.compile("[A-Za-z]+\\d+,\\d+");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, FixEntry> fixes = new HashMap<>();

    private KnowledgeBaseValidator() {
    }

    static List<String> problems(KnowledgeBaseFile file) {
        KnowledgeBaseValidator validator = new KnowledgeBaseValidator();
        validator.check(file);
        return List.copyOf(validator.problems);
    }

    private void check(KnowledgeBaseFile file) {
        if (!Objects.equals(file.schema(), KnowledgeBaseFile.SCHEMA)) {
            problems.add("schema is " + file.schema() + ", expected " + KnowledgeBaseFile.SCHEMA);
        }
        checkFixes(list(file.fixes(), "fixes"));
        checkCategories(list(file.categories(), "categories"));
        Set<String> entryIds = new HashSet<>();
        List<CodeEntry> codes = list(file.codes(), "codes");
        codes.forEach(entry -> checkCode(entry, entryIds));
        checkOverlaps(codes);
        list(file.engine(), "engine").forEach(entry -> checkEngine(entry, entryIds));
    }

    private <T> List<T> list(List<T> values, String name) {
        if (values == null || values.isEmpty()) {
            problems.add("'" + name + "' is missing or empty");
            return List.of();
        }
        if (values.contains(null)) {
            problems.add("'" + name + "' holds an empty element");
            return values.stream().filter(Objects::nonNull).toList();
        }
        return values;
    }

    private void checkFixes(List<FixEntry> entries) {
        for (FixEntry fix : entries) {
            String where = "fix '" + fix.id() + "'";
            if (!validId(fix.id(), where)) {
                continue;
            }
            if (fixes.putIfAbsent(fix.id(), fix) != null) {
                problems.add(where + " is defined twice");
            }
            line(fix.text(), where + " text");
            try {
                FixKind.fromId(fix.kind());
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
    }

    private void checkCategories(List<CategoryEntry> entries) {
        Set<ErrorCategory> seen = EnumSet.noneOf(ErrorCategory.class);
        for (CategoryEntry entry : entries) {
            String where = "category '" + entry.category() + "'";
            ErrorCategory category = category(entry.category(), where);
            if (category != null && !seen.add(category)) {
                problems.add(where + " is described twice");
            }
            if (entry.escalates() == null) {
                problems.add(where + " does not say whether it escalates");
            }
            line(entry.meaning(), where + " meaning");
            fixList(entry.fixes(), where);
        }
        EnumSet<ErrorCategory> missing = EnumSet.allOf(ErrorCategory.class);
        missing.removeAll(seen);
        missing.forEach(c -> problems.add("category '" + c.id() + "' has no generic advice"));
    }

    private void checkCode(CodeEntry entry, Set<String> entryIds) {
        String where = "code entry '" + entry.id() + "'";
        if (validId(entry.id(), where) && !entryIds.add(entry.id())) {
            problems.add(where + " is defined twice");
        }
        boolean noCodes = entry.codes() == null || entry.codes().isEmpty();
        boolean noRanges = entry.ranges() == null || entry.ranges().isEmpty();
        if (noCodes && noRanges) {
            problems.add(where + " names no codes and no ranges");
        }
        if (entry.codes() != null) {
            entry.codes().forEach(code -> codeValue(code, where));
        }
        if (entry.ranges() != null) {
            entry.ranges().forEach(range -> checkRange(range, where));
        }
        List<CodeRange> own = ranges(entry);
        for (int i = 0; i < own.size(); i++) {
            for (int j = i + 1; j < own.size(); j++) {
                if (own.get(i).overlaps(own.get(j))) {
                    problems.add(where + " names " + own.get(i) + " and " + own.get(j) + ", which overlap");
                }
            }
        }
        category(entry.category(), where);
        described(entry.meaning(), entry.causes(), where);
        fixList(entry.fixes(), where);
        if (entry.devices() != null) {
            entry.devices().forEach(device -> checkDevice(device, where));
        }
    }

    private void checkRange(RangeEntry range, String where) {
        if (range == null || range.from() == null || range.to() == null) {
            problems.add(where + " has a range without 'from' or 'to'");
            return;
        }
        codeValue(range.from(), where);
        codeValue(range.to(), where);
        if (range.from() > range.to()) {
            problems.add(where + " has range " + range.from() + "-" + range.to() + " that runs backwards");
        } else if (range.to() - range.from() >= WIDEST_RANGE) {
            problems.add(where + " has range " + range.from() + "-" + range.to() + " wider than " + WIDEST_RANGE + " codes");
        }
    }

    private void codeValue(Integer code, String where) {
        if (code == null || Math.abs((long) code) > LARGEST_CODE) {
            problems.add(where + " has code " + code + " outside ±" + LARGEST_CODE);
        }
    }

    private void checkDevice(DeviceEntry device, String where) {
        if (device == null || device.productTypes() == null || device.productTypes().isEmpty()) {
            problems.add(where + " has a device note without product types");
            return;
        }
        device.productTypes().stream()
                .filter(type -> type == null || !PRODUCT_TYPE.matcher(type).matches())
                .forEach(type -> problems.add(where + " has product type '" + type + "' (expected e.g. iPhone9,3)"));
        line(device.note(), where + " device note");
        if (device.fixes() != null) {
            device.fixes().forEach(id -> knownFix(id, where));
        }
    }

    /** Overlapping codes are allowed only when one entry names the other and the categories differ. */
    private void checkOverlaps(List<CodeEntry> entries) {
        List<List<CodeRange>> ranges = entries.stream().map(KnowledgeBaseValidator::ranges).toList();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                CodeEntry a = entries.get(i);
                CodeEntry b = entries.get(j);
                List<String> shared = sharedCodes(ranges.get(i), ranges.get(j));
                if (shared.isEmpty()) {
                    continue;
                }
                boolean named = Objects.equals(a.sharesCodesWith(), b.id()) || Objects.equals(b.sharesCodesWith(), a.id());
                if (!named) {
                    problems.add("code entries '" + a.id() + "' and '" + b.id() + "' both claim " + String.join(", ", shared)
                            + " (set sharesCodesWith if intended)");
                } else if (Objects.equals(a.category(), b.category())) {
                    problems.add("code entries '" + a.id() + "' and '" + b.id() + "' share codes within one category");
                }
            }
            CodeEntry entry = entries.get(i);
            List<CodeRange> own = ranges.get(i);
            boolean sharesWithNamed = IntStream.range(0, entries.size()).anyMatch(j ->
                    Objects.equals(entries.get(j).id(), entry.sharesCodesWith()) && !sharedCodes(own, ranges.get(j)).isEmpty());
            if (entry.sharesCodesWith() != null && !sharesWithNamed) {
                problems.add("code entry '" + entry.id() + "' shares codes with '" + entry.sharesCodesWith()
                        + "', which does not exist or claims none of its codes");
            }
        }
    }

    private static List<String> sharedCodes(List<CodeRange> a, List<CodeRange> b) {
        List<String> shared = new ArrayList<>();
        for (CodeRange left : a) {
            for (CodeRange right : b) {
                if (left.overlaps(right)) {
                    shared.add(new CodeRange(Math.max(left.from(), right.from()), Math.min(left.to(), right.to())).toString());
                }
            }
        }
        return shared;
    }

    static List<CodeRange> ranges(CodeEntry entry) {
        List<CodeRange> ranges = new ArrayList<>();
        if (entry.codes() != null) {
            entry.codes().stream().filter(Objects::nonNull).forEach(code -> ranges.add(new CodeRange(code, code)));
        }
        if (entry.ranges() != null) {
            entry.ranges().stream()
                    .filter(r -> r != null && r.from() != null && r.to() != null && r.from() <= r.to())
                    .forEach(r -> ranges.add(new CodeRange(r.from(), r.to())));
        }
        return ranges;
    }

    private void checkEngine(EngineEntry entry, Set<String> entryIds) {
        String where = "engine entry '" + entry.id() + "'";
        if (validId(entry.id(), where) && !entryIds.add(entry.id())) {
            problems.add(where + " is defined twice");
        }
        boolean noStatus = entry.statusCodes() == null || entry.statusCodes().isEmpty();
        if (noStatus && (entry.pattern() == null || entry.pattern().isBlank())) {
            problems.add(where + " has neither statusCodes nor a pattern");
        }
        if (entry.statusCodes() != null) {
            entry.statusCodes().forEach(code -> codeValue(code, where));
        }
        if (entry.pattern() != null) {
            try {
                Pattern.compile(entry.pattern());
            } catch (PatternSyntaxException e) {
                problems.add(where + " has a broken pattern: " + e.getDescription());
            }
        }
        category(entry.category(), where);
        described(entry.meaning(), entry.causes(), where);
        fixList(entry.fixes(), where);
    }

    private void described(String meaning, List<String> causes, String where) {
        line(meaning, where + " meaning");
        if (causes == null || causes.isEmpty()) {
            problems.add(where + " lists no likely causes");
        } else {
            causes.forEach(cause -> line(cause, where + " cause"));
        }
    }

    private void fixList(List<String> ids, String where) {
        if (ids == null || ids.isEmpty()) {
            problems.add(where + " lists no fixes");
            return;
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            problems.add(where + " lists a fix twice");
        }
        ids.forEach(id -> knownFix(id, where));
        FixEntry first = fixes.get(ids.get(0));
        if (first != null && Boolean.TRUE.equals(first.destructive())) {
            problems.add(where + " starts with the destructive fix '" + first.id() + "'; safe fixes come first");
        }
    }

    private void knownFix(String id, String where) {
        if (!fixes.containsKey(id)) {
            problems.add(where + " uses fix '" + id + "', which is not defined");
        }
    }

    private ErrorCategory category(String id, String where) {
        try {
            return ErrorCategory.fromId(id);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private boolean validId(String id, String where) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(where + " needs an id of lower-case words joined by '-'");
            return false;
        }
        return true;
    }

    private void line(String text, String where) {
        if (text == null || text.isBlank()) {
            problems.add(where + " is empty");
        } else if (text.contains("\n") || text.length() > LONGEST_LINE) {
            problems.add(where + " must be one line of at most " + LONGEST_LINE + " characters");
        }
    }
}
