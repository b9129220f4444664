package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistyped command line in the station's language. Picocli words its parse errors in English
 * only, so each kind is told from the exception's own fields; what was typed and the options'
 * names stay as they are.
 */
public final class UsageErrorText {

    private static final Pattern EXCLUSIVE = Pattern.compile("^(.+) are mutually exclusive \\(specify only one\\)$");
    private static final Pattern ONE_OF = Pattern.compile("^Missing required argument \\(specify one of these\\): (.+)$");
    /** Picocli's own list names every missing one; {@link MissingParameterException#getMissing()} only the first positional. */
    private static final Pattern MISSING = Pattern.compile("^Missing required (parameter|parameters|option|options): (.+)$");
    /** What an option needs beside it, e.g. --yes with --erase: picocli says "argument(s)". */
    private static final Pattern MISSING_WITH = Pattern.compile("^Missing required argument\\(s\\): (.+)$");
    private static final Pattern NOT_A = Pattern.compile("^Invalid value for .+: '.*' is not an? (\\w+)$", Pattern.DOTALL);

    private UsageErrorText() {
    }

    public static String of(ParameterException problem) {
        String message = problem.getMessage() == null ? "" : problem.getMessage().replaceFirst("^Error: ", "");
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(unmatched);
        }
        if (problem instanceof MissingParameterException missing) {
            return missing(missing, message);
        }
        if (problem instanceof OverwrittenOptionException overwritten) {
            return text("usage.onlyOnce", typed(overwritten.getOverwritten()));
        }
        Matcher exclusive = EXCLUSIVE.matcher(message);
        if (problem instanceof MutuallyExclusiveArgsException && exclusive.matches()) {
            return text("usage.exclusive", exclusive.group(1));
        }
        if (message.equals("Missing required subcommand")) {
            return text("usage.missingSubcommand", String.join(", ", problem.getCommandLine().getSubcommands().keySet()));
        }
        if (problem.getCause() instanceof DataDirOption.Empty) {
            return text("usage.dataDirEmpty");
        }
        if (message.startsWith("Invalid value for ") && problem.getArgSpec() != null && problem.getValue() != null) {
            Matcher notA = NOT_A.matcher(message);
            String key = notA.matches() && (notA.group(1).equals("int") || notA.group(1).equals("long"))
                    ? "usage.notAWholeNumber" : "usage.invalidValue";
            return text(key, typed(problem.getArgSpec()), problem.getValue());
        }
        return message;
    }

    private static String unmatched(UnmatchedArgumentException problem) {
        List<String> unmatched = problem.getUnmatched();
        String words = quoted(unmatched);
        String first = unmatched.get(0);
        String line;
        if (first.startsWith("-")) {
            line = text(unmatched.size() == 1 ? "usage.unknownOption" : "usage.unknownOptions", words);
        } else if (!problem.getCommandLine().getSubcommands().isEmpty()) {
            line = text("usage.unknownCommand", "'" + first + "'");
            List<String> near = problem.getCommandLine().getSubcommands().keySet().stream()
                    .filter(name -> distance(name, first) <= 2).toList();
            return near.size() == 1 ? line + "; " + text("usage.didYouMean", near.get(0)) : line;
        } else {
            line = text(unmatched.size() == 1 ? "usage.unexpected" : "usage.unexpectedMany", words);
        }
        // one guess is usually the word meant; several are picocli reaching, and mislead
        List<String> suggestions = problem.getSuggestions();
        return suggestions.size() == 1 ? line + "; " + text("usage.didYouMean", suggestions.get(0)) : line;
    }

    private static String missing(MissingParameterException problem, String message) {
        Matcher oneOf = ONE_OF.matcher(message);
        if (oneOf.matches()) {
            return text("usage.missingOneOf", oneOf.group(1));
        }
        List<ArgSpec> missing = problem.getMissing();
        if (message.startsWith("Missing required parameter for option") && missing.size() == 1
                && missing.get(0) instanceof OptionSpec option) {
            return text("usage.optionNeedsValue", option.longestName(), option.paramLabel());
        }
        Matcher with = MISSING_WITH.matcher(message);
        if (with.matches()) {
            return text(with.group(1).contains(",") ? "usage.missingOptions" : "usage.missingOption", with.group(1));
        }
        Matcher listed = MISSING.matcher(message);
        if (!listed.matches()) {
            return message;
        }
        return switch (listed.group(1)) {
            case "parameter" -> text("usage.missingParameter", listed.group(2));
            case "parameters" -> text("usage.missingParameters", listed.group(2));
            case "option" -> text("usage.missingOption", listed.group(2));
            default -> text("usage.missingOptions", listed.group(2));
        };
    }

    /** Edits (insert, delete, change a letter) from one word to the other: "histroy" is 2 from "history". */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String typed(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : ((PositionalParamSpec) arg).paramLabel();
    }

    private static String quoted(List<String> words) {
        return words.stream().map(word -> "'" + word + "'").collect(Collectors.joining(", "));
    }
}
