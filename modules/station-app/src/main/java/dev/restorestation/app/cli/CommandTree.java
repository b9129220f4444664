package dev.restorestation.app.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/** The "Commands:" section of {@code station --help}, listing nested commands too ("firmware fetch"). */
public final class CommandTree implements IHelpSectionRenderer {

    @Override
    public String render(Help help) {
        StringBuilder out = new StringBuilder();
        list(help.subcommands(), "", out);
        return out.toString();
    }

    private static void list(Map<String, Help> commands, String prefix, StringBuilder out) {
        for (Map.Entry<String, Help> entry : commands.entrySet()) {
            Help command = entry.getValue();
            String name = prefix + entry.getKey();
            String[] description = command.commandSpec().usageMessage().description();
            String summary = description.length > 0 ? description[0] : "";
            out.append(String.format("  %-20s %s%n", name, CommandLine.Help.Ansi.OFF.string(summary)));
            list(command.subcommands(), name + " ", out);
        }
    }
}
