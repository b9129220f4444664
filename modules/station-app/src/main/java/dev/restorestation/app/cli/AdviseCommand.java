package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.advisor.AdviceQuery;
import dev.restorestation.advisor.AdvisorTexts;
import dev.restorestation.advisor.KnowledgeBase;
import dev.restorestation.advisor.KnownError;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.DeviceModel;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "advise", mixinStandardHelpOptions = true,
        description = "What an error code means and which fixes to try, in order.")
public final class AdviseCommand implements Callable<Integer> {

    /** The JSON shape of {@code --json}: stable, documented in the README. */
    record AdviceJson(String code, String category, String meaning, boolean known, List<Fix> fixes) {

        static AdviceJson of(Advice advice) {
            return new AdviceJson(advice.code(), advice.category().id(), advice.meaning(), advice.known(), advice.fixes());
        }
    }

    private static final Pattern PRODUCT_TYPE = Pattern.compile("[A-Za-z]+\\d+,\\d+");

    @ParentCommand
    StationContext station;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE",
            description = "Apple's error number (e.g. 4013), an engine status ('status 68'), a category"
                    + " (e.g. usb-connection) or a line of the engine's log.")
    String code;

    @Option(names = "--device", paramLabel = "PRODUCT_TYPE", description = "Advice for this model, e.g. iPhone9,4.")
    String productType;

    @Option(names = "--json", description = "Print JSON: code, category, meaning, known, fixes[{id, text, destructive, evidence}].")
    boolean json;

    @Override
    public Integer call() {
        KnowledgeBase knowledge = KnowledgeBase.bundled();
        Diagnosis diagnosis;
        try {
            diagnosis = AdviceQuery.diagnosis(code, knowledge);
        } catch (IllegalArgumentException e) {
            throw new StationException(e.getMessage(), StationException.USAGE);
        }
        String model = productType();
        // JSON is read by programs: always English; the text is read by the technician
        Locale language = json ? Locale.ENGLISH : StationLanguage.current();
        Advice advice = CommandAssembly.reading(station, spec.commandLine().getErr())
                .withAdvisor(advisor -> advisor.advise(diagnosis, model, null, language));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CommandLineOutput.json(AdviceJson.of(advice)));
        } else {
            printText(out, advice, knowledge.in(language).match(diagnosis).map(KnownError::causes).orElse(List.of()), language);
        }
        out.flush();
        return 0;
    }

    /** The product type as the catalog spells it ("iphone9,3" → iPhone9,3); one newer than the catalog as typed. */
    private String productType() {
        if (productType == null) {
            return null;
        }
        String wanted = productType.strip();
        if (wanted.isEmpty()) {
            throw new StationException(text("usage.emptyValue", "--device"), StationException.USAGE);
        }
        if (!PRODUCT_TYPE.matcher(wanted).matches()) {
            throw new StationException(text("advise.badDevice", productType),
                    StationException.USAGE);
        }
        return DeviceCatalog.bundled().models().stream()
                .map(DeviceModel::productType)
                .filter(type -> type.equalsIgnoreCase(wanted))
                .findFirst()
                .orElse(wanted);
    }

    private static void printText(PrintWriter out, Advice advice, List<String> causes, Locale language) {
        out.println(advice.code() + " · " + advice.category().id() + " (" + AdvisorTexts.categoryName(advice.category(), language) + ")");
        out.println(advice.meaning());
        if (!causes.isEmpty()) {
            out.println(text("advise.causes", String.join("; ", causes)));
        }
        if (!advice.escalation().isEmpty()) {
            out.println(advice.escalation());
        }
        out.println(text("advice.tryInOrder"));
        List<Fix> fixes = advice.fixes();
        for (int i = 0; i < fixes.size(); i++) {
            Fix fix = fixes.get(i);
            StringBuilder line = new StringBuilder().append(String.format("%3d. %s  [%s]", i + 1, fix.text(), fix.id()));
            if (!fix.evidence().isEmpty()) {
                line.append("  (").append(fix.evidence()).append(')');
            }
            out.println(line);
        }
    }
}
