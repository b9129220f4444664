package dev.restorestation.app.language;

import dev.restorestation.app.Station;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The keys a translation of the command line's help needs, with their English texts, read from the commands themselves. */
final class HelpKeys {

    private HelpKeys() {
    }

    static Map<String, String> english() {
        Map<String, String> texts = new TreeMap<>();
        collect(new Station().commandLine().getCommandSpec(), texts);
        return texts;
    }

    private static void collect(CommandSpec command, Map<String, String> texts) {
        String prefix = command.qualifiedName(".") + ".";
        String[] description = command.usageMessage().description();
        if (description.length > 0) {
            texts.put(prefix + "usage.description", String.join("%n", description));
        }
        for (OptionSpec option : command.options()) {
            if (option.inherited()) {
                continue;
            }
            String name = option.longestName().replaceFirst("^-+", "");
            // options every command has (help, version, inherited ones) are looked up without a command's name
            boolean everywhere = option.usageHelp() || option.versionHelp() || option.scopeType() == ScopeType.INHERIT;
            String key = everywhere ? name : prefix + name;
            texts.put(key, String.join("%n", option.description()));
        }
        for (PositionalParamSpec parameter : command.positionalParameters()) {
            texts.put(prefix + parameter.paramLabel() + "[" + parameter.index() + "]", String.join("%n", parameter.description()));
        }
        command.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), texts));
    }
}
