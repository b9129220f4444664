package dev.restorestation.app.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory's {@code webhooks.json} as a running station sees it: read again whenever
 * it changed (Settings saved it, or the shop edited it by hand). A file that cannot be used posts
 * nothing until it is mended; the events wait in the outbox meanwhile.
 */
final class WebhookFile implements Supplier<WebhookSettings> {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookFile.class);

    private final Path dataDirectory;
    private FileTime readModified;
    private long readSize = -1;
    private WebhookSettings read = WebhookSettings.none();

    WebhookFile(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public synchronized WebhookSettings get() {
        Path file = dataDirectory.resolve(WebhookSettings.FILE);
        FileTime modified = null;
        long size = -1;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            modified = attributes.lastModifiedTime();
            size = attributes.size();
        } catch (IOException gone) {
            // no file: no webhooks
        }
        if (size == readSize && Objects.equals(modified, readModified)) {
            return read;
        }
        readModified = modified;
        readSize = size;
        try {
            read = WebhookSettings.read(dataDirectory);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("not posting events to webhooks: {}", e.getMessage());
            read = WebhookSettings.none();
        }
        return read;
    }
}
