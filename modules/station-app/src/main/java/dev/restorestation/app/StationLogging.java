package dev.restorestation.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.SubstituteLoggerFactory;

/** Adds the rolling log file in the data directory once the directory is open. */
final class StationLogging {

    private static final String APPENDER = "FILE";

    private StationLogging() {
    }

    static void logTo(Path logDirectory) {
        LoggerContext context = context();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) != null) {
            return;
        }
        PatternLayoutEncoder encoder = encoder(context);

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(APPENDER);
        file.setFile(logDirectory.resolve("station.log").toString());
        file.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(logDirectory.resolve("station.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("300MB"));
        policy.start();

        file.setRollingPolicy(policy);
        file.start();
        root.addAppender(file);
    }

    /** Loads what {@link #logTo} needs without touching a file, for {@link CommandWarmUp}. */
    static void loadClasses() {
        encoder(context());
        new RollingFileAppender<ILoggingEvent>();
        new SizeAndTimeBasedRollingPolicy<ILoggingEvent>();
    }

    /**
     * Logback's context. While another thread is starting SLF4J it hands out a stand-in factory,
     * so this waits the moment it takes for the start to finish.
     */
    private static LoggerContext context() {
        while (true) {
            ILoggerFactory factory = LoggerFactory.getILoggerFactory();
            if (factory instanceof LoggerContext context) {
                return context;
            }
            if (!(factory instanceof SubstituteLoggerFactory)) {
                throw new IllegalStateException("logging is not logback: " + factory.getClass().getName());
            }
            Thread.onSpinWait();
        }
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        return encoder;
    }
}
