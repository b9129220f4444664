package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.advisor.AdvisorTexts;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.restore.log.EngineLogClassifier;
import dev.restorestation.restore.log.EngineVerdict;
import dev.restorestation.restore.log.Evidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Read an idevicerestore log and say what failed and what to try.")
public final class DiagnoseCommand implements Callable<Integer> {

    /** The JSON shape of {@code --json}: stable, documented in the README. */
    record DiagnosisJson(String category, Integer appleCode, Integer statusCode, String summary, List<String> fixes,
                         Double confidence, List<Evidence> evidence) {
    }

    @ParentCommand
    StationContext station;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENGINE_LOG_FILE", description = "A log written by idevicerestore (either format).")
    Path log;

    @Option(names = "--json",
            description = "Print JSON: category, appleCode, statusCode, summary, fixes[], confidence, evidence[{line, text, rule}].")
    boolean json;

    @Override
    public Integer call() {
        if (log.toString().isBlank()) {
            throw new StationException(text("usage.emptyValue", "ENGINE_LOG_FILE"), StationException.USAGE);
        }
        if (!Files.isRegularFile(log)) {
            throw new StationException(text("diagnose.cannotRead", log, text(!Files.exists(log) ? "file.none"
                    : Files.isDirectory(log) ? "diagnose.folderNotLog" : "file.notRegular")));
        }
        EngineVerdict verdict;
        try (InputStream in = Files.newInputStream(log)) {
            verdict = EngineLogClassifier.classify(in);
        } catch (IOException e) {
            throw new StationException(text("diagnose.cannotRead", log, e.getMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (verdict instanceof EngineVerdict.Failure failure) {
            Diagnosis diagnosis = failure.diagnosis();
            if (diagnosis.summary().equals(EngineLogClassifier.EMPTY_LOG)) {
                throw new StationException(text("diagnose.notALog", log, text("diagnose.emptyLog")));
            }
            if (diagnosis.summary().startsWith(EngineLogClassifier.NOT_A_LOG)) {
                // what follows the sentence says how much was read, in English like the summary it ends
                String readOnly = diagnosis.summary().substring(EngineLogClassifier.NOT_A_LOG.length());
                throw new StationException(text("diagnose.notALog", log, text("diagnose.noEngineLines") + readOnly));
            }
            Advice advice = CommandAssembly.reading(station, spec.commandLine().getErr())
                    .withAdvisor(advisor -> advisor.advise(diagnosis, null, null, json ? Locale.ENGLISH : StationLanguage.current()));
            List<String> fixes = advice.fixes().stream().map(Fix::text).toList();
            if (json) {
                out.println(CommandLineOutput.json(new DiagnosisJson(diagnosis.category().id(), diagnosis.appleCode(),
                        diagnosis.statusCode(), diagnosis.summary(), fixes, failure.confidence(), failure.evidence())));
            } else {
                printText(out, diagnosis, fixes);
                printEvidence(out, failure);
            }
        } else {
            String summary = ((EngineVerdict.Success) verdict).summary();
            if (json) {
                out.println(CommandLineOutput.json(new DiagnosisJson(null, null, null, summary, List.of(), null, List.of())));
            } else {
                out.println(text("diagnose.noFailure", summary.toLowerCase(Locale.ROOT)));
            }
        }
        out.flush();
        return 0;
    }

    private static void printEvidence(PrintWriter out, EngineVerdict.Failure failure) {
        out.println(text("diagnose.confidence", String.format(StationLanguage.current(), "%.2f", failure.confidence())));
        if (failure.evidence().isEmpty()) {
            return;
        }
        boolean unknown = failure.diagnosis().category() == ErrorCategory.UNKNOWN;
        out.println(text(unknown ? "diagnose.tellingLines" : "diagnose.decidedBy"));
        for (Evidence evidence : failure.evidence()) {
            out.println("  " + text("diagnose.evidenceLine", String.valueOf(evidence.line()), evidence.rule(), evidence.text()));
        }
    }

    static void printText(PrintWriter out, Diagnosis diagnosis, List<String> fixes) {
        StringBuilder head = new StringBuilder(diagnosis.category().id()).append(" (")
                .append(AdvisorTexts.categoryName(diagnosis.category(), StationLanguage.current())).append(')');
        if (diagnosis.appleCode() != null) {
            head.append(" · ").append(text("diagnose.appleError", String.valueOf(diagnosis.appleCode())));
        }
        if (diagnosis.statusCode() != null) {
            head.append(" · ").append(text("diagnose.engineStatus", String.valueOf(diagnosis.statusCode())));
        }
        out.println(head);
        out.println(diagnosis.summary());
        if (!fixes.isEmpty()) {
            out.println(text("advice.tryInOrder"));
            for (int i = 0; i < fixes.size(); i++) {
                out.printf("%3d. %s%n", i + 1, fixes.get(i));
            }
        }
    }
}
