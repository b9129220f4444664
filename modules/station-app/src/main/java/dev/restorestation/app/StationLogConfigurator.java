package dev.restorestation.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging before the data directory is open: for the window, warnings to stderr; for a command,
 * nothing, as its stderr carries only its own "station: " lines. Configured in code rather
 * than logback.xml because XML configuration costs a visible part of the window's start-up.
 * {@link StationLogging} adds the rolling file once the data directory is open.
 */
public final class StationLogConfigurator extends ContextAwareBase implements Configurator {

    private static volatile boolean command;

    /** Called before anything logs: this process runs a command, and logs to its file only. */
    static void commandsOnly() {
        command = true;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        if (command) {
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();

        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.toString());
        warnings.start();

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.addFilter(warnings);
        stderr.start();

        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
