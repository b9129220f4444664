package dev.restorestation.advisor;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restorestation.advisor.KnowledgeBaseFile.CodeEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.DeviceEntry;
import dev.restorestation.advisor.KnowledgeBaseFile.EngineEntry;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.DeviceFault;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The error knowledge base: what each Apple code and each engine failure means and which fixes to
 * try, in order. Read from a JSON file that is validated as it is read; immutable afterwards and
 * safe to share between threads. Its texts are English, the file's own, unless {@link #in(Locale)}
 * asks for a translation ({@link KnowledgeTranslation}); ids, codes and order never change.
 */
public final class KnowledgeBase {

    /** Where the bundled file sits on the class path. */
    public static final String BUNDLED = "/dev/restorestation/advisor/knowledge-base.json";

    private record AppleEntry(List<CodeRange> ranges, boolean primary, KnownError error) {
    }

    private record EngineFailure(Set<Integer> statusCodes, Optional<Pattern> pattern, KnownError error) {
    }

    /** The file's entries, indexed for lookup. */
    private record Contents(Map<String, KnowledgeFix> fixes, Map<ErrorCategory, CategoryAdvice> categories,
                            List<AppleEntry> appleEntries, List<EngineFailure> engineFailures) {
    }

    private static volatile KnowledgeBaseFile bundledFile;
    private static final ConcurrentMap<Locale, Contents> BUNDLED_BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Supplier<KnowledgeBaseFile> file;
    private final ConcurrentMap<Locale, Contents> byLanguage;
    private final Locale language;
    private final Supplier<Contents> contents;

    private KnowledgeBase(Supplier<KnowledgeBaseFile> file, ConcurrentMap<Locale, Contents> byLanguage, Locale language) {
        this.file = file;
        this.byLanguage = byLanguage;
        this.language = language;
        this.contents = () -> byLanguage.computeIfAbsent(language,
                l -> build(file.get(), KnowledgeTranslation.of(l)));
    }

    /** The same entries with their meanings and fixes in {@code language} (English where a text is not translated). */
    public KnowledgeBase in(Locale language) {
        Locale wanted = Locale.forLanguageTag(language.getLanguage());
        return wanted.equals(this.language) ? this : new KnowledgeBase(file, byLanguage, wanted);
    }

    /**
     * The knowledge base shipped with the station. It is read on first use, once per process, so
     * opening the station does not wait for it; the build has already checked the file.
     */
    public static KnowledgeBase bundled() {
        return new KnowledgeBase(KnowledgeBase::bundledFile, BUNDLED_BY_LANGUAGE, Locale.ENGLISH);
    }

    private static KnowledgeBaseFile bundledFile() {
        KnowledgeBaseFile loaded = bundledFile;
        if (loaded == null) {
            synchronized (KnowledgeBase.class) {
                loaded = bundledFile;
                if (loaded == null) {
                    loaded = readBundled();
                    bundledFile = loaded;
                }
            }
        }
        return loaded;
    }

    private static KnowledgeBaseFile readBundled() {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the knowledge base " + BUNDLED + " is missing from the class path");
            }
            return parse(in, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge base " + BUNDLED, e);
        }
    }

    /**
     * Reads and validates a knowledge base.
     *
     * @throws KnowledgeBaseException listing every problem when the file is broken
     */
    public static KnowledgeBase read(InputStream in, String source) throws IOException {
        KnowledgeBaseFile file = parse(in, source);
        return new KnowledgeBase(() -> file, new ConcurrentHashMap<>(), Locale.ENGLISH);
    }

    private static KnowledgeBaseFile parse(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (JacksonException e) {
            throw new KnowledgeBaseException(source, List.of(e.getOriginalMessage() + location(e)));
        }
        if (root == null || root.isMissingNode()) {
            throw new KnowledgeBaseException(source, List.of("the file is empty"));
        }
        List<String> problems = new ArrayList<>();
        KnowledgeBaseFile file = KnowledgeBaseJson.read(root, problems);
        problems.addAll(KnowledgeBaseValidator.problems(file));
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(source, problems);
        }
        return file;
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    /**
     * The entry for a failure: by Apple code (preferring the entry of the diagnosed category when
     * the code has several), else by engine status, else by a pattern in the summary.
     */
    public Optional<KnownError> match(Diagnosis diagnosis) {
        if (diagnosis.appleCode() != null) {
            Optional<KnownError> byCode = appleCode(diagnosis.appleCode(), diagnosis.category());
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        if (diagnosis.statusCode() != null) {
            Optional<KnownError> byStatus = engineStatus(diagnosis.statusCode());
            if (byStatus.isPresent()) {
                return byStatus;
            }
        }
        return engineMessage(diagnosis.summary());
    }

    /** The entry for an Apple code; {@code preferred} picks among entries sharing the code. */
    public Optional<KnownError> appleCode(int code, ErrorCategory preferred) {
        List<AppleEntry> matches = contents.get().appleEntries().stream()
                .filter(e -> e.ranges().stream().anyMatch(r -> r.contains(code)))
                .toList();
        return matches.stream().filter(e -> e.error().category() == preferred).findFirst()
                .or(() -> matches.stream().filter(AppleEntry::primary).findFirst())
                .or(() -> matches.stream().findFirst())
                .map(AppleEntry::error);
    }

    public Optional<KnownError> engineStatus(int status) {
        return contents.get().engineFailures().stream().filter(e -> e.statusCodes().contains(status)).findFirst().map(EngineFailure::error);
    }

    /** The first engine failure whose pattern occurs in {@code text}, in file order. */
    public Optional<KnownError> engineMessage(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return contents.get().engineFailures().stream()
                .filter(e -> e.pattern().map(p -> p.matcher(text).find()).orElse(false))
                .findFirst()
                .map(EngineFailure::error);
    }

    public CategoryAdvice category(ErrorCategory category) {
        return contents.get().categories().get(category);
    }

    public Optional<KnowledgeFix> fix(String id) {
        return Optional.ofNullable(contents.get().fixes().get(id));
    }

    /** The codes that on some models mostly mean the device's hardware: the model's note offers a hardware fix. */
    public List<DeviceFault> deviceFaults() {
        List<DeviceFault> faults = new ArrayList<>();
        for (AppleEntry entry : contents.get().appleEntries()) {
            for (DeviceNote note : entry.error().deviceNotes()) {
                if (note.fixes().stream().anyMatch(fix -> fix.kind() == FixKind.HARDWARE)) {
                    for (CodeRange range : entry.ranges()) {
                        note.productTypes().stream().sorted()
                                .forEach(type -> faults.add(new DeviceFault(range.from(), range.to(), type)));
                    }
                }
            }
        }
        return List.copyOf(faults);
    }

    /** Every fix, by id. */
    public Map<String, KnowledgeFix> fixes() {
        return Map.copyOf(contents.get().fixes());
    }

    /** Every Apple-code entry, in file order. */
    List<KnownError> appleCodeEntries() {
        return contents.get().appleEntries().stream().map(AppleEntry::error).toList();
    }

    /** How many distinct Apple codes the entries cover. */
    long appleCodeCount() {
        return contents.get().appleEntries().stream()
                .flatMap(e -> e.ranges().stream())
                .flatMapToInt(r -> IntStream.rangeClosed(r.from(), r.to()))
                .distinct()
                .count();
    }

    private static Contents build(KnowledgeBaseFile file, KnowledgeTranslation texts) {
        Map<String, KnowledgeFix> fixes = new LinkedHashMap<>();
        file.fixes().forEach(f -> fixes.put(f.id(), new KnowledgeFix(f.id(), texts.text("fix." + f.id(), f.text()),
                Boolean.TRUE.equals(f.destructive()), FixKind.fromId(f.kind()))));
        Map<ErrorCategory, CategoryAdvice> categories = new EnumMap<>(ErrorCategory.class);
        file.categories().forEach(c -> {
            ErrorCategory category = ErrorCategory.fromId(c.category());
            categories.put(category, new CategoryAdvice(category, texts.text("category." + c.category(), c.meaning()),
                    c.escalates(), fixes(fixes, c.fixes())));
        });
        return new Contents(fixes, categories,
                file.codes().stream().map(entry -> appleEntry(entry, fixes, texts)).toList(),
                file.engine().stream().map(entry -> engineFailure(entry, fixes, texts)).toList());
    }

    private static AppleEntry appleEntry(CodeEntry entry, Map<String, KnowledgeFix> fixes, KnowledgeTranslation texts) {
        List<DeviceEntry> devices = entry.devices() == null ? List.of() : entry.devices();
        List<DeviceNote> notes = IntStream.range(0, devices.size())
                .mapToObj(i -> deviceNote(devices.get(i), texts.text("note." + entry.id() + "." + (i + 1), devices.get(i).note()), fixes))
                .toList();
        KnownError error = new KnownError(entry.id(), ErrorCategory.fromId(entry.category()),
                texts.text("error." + entry.id(), entry.meaning()),
                !Boolean.FALSE.equals(entry.verified()), causes(entry.id(), entry.causes(), texts), fixes(fixes, entry.fixes()), notes);
        return new AppleEntry(KnowledgeBaseValidator.ranges(entry), entry.sharesCodesWith() == null, error);
    }

    private static EngineFailure engineFailure(EngineEntry entry, Map<String, KnowledgeFix> fixes, KnowledgeTranslation texts) {
        KnownError error = new KnownError(entry.id(), ErrorCategory.fromId(entry.category()),
                texts.text("error." + entry.id(), entry.meaning()),
                true, causes(entry.id(), entry.causes(), texts), fixes(fixes, entry.fixes()), List.of());
        Set<Integer> statusCodes = entry.statusCodes() == null ? Set.of() : Set.copyOf(entry.statusCodes());
        Optional<Pattern> pattern = Optional.ofNullable(entry.pattern())
                .filter(p -> !p.isBlank())
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE));
        return new EngineFailure(statusCodes, pattern, error);
    }

    private static List<String> causes(String errorId, List<String> causes, KnowledgeTranslation texts) {
        List<String> english = causes == null ? List.of() : causes;
        return IntStream.range(0, english.size())
                .mapToObj(i -> texts.text("cause." + errorId + "." + (i + 1), english.get(i)))
                .toList();
    }

    private static DeviceNote deviceNote(DeviceEntry entry, String note, Map<String, KnowledgeFix> fixes) {
        return new DeviceNote(Set.copyOf(entry.productTypes()), note,
                entry.fixes() == null ? List.of() : fixes(fixes, entry.fixes()));
    }

    private static List<KnowledgeFix> fixes(Map<String, KnowledgeFix> fixes, List<String> ids) {
        return ids.stream().map(fixes::get).toList();
    }
}
