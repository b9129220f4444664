package dev.restorestation.devices;

import dev.restorestation.core.device.Slot;
import dev.restorestation.core.files.FileAccess;
import dev.restorestation.core.text.WordedIOException;
import dev.restorestation.devices.text.DeviceTexts;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which label is printed on the hub next to each USB port: port path ({@code 1-2.4}) → label
 * ({@code "1"}…). Kept in {@value #FILE_NAME} in the directory it is given; every change is written
 * at once. A port without a label shows its path, so nothing is ever hidden.
 */
public final class SlotMap {

    public static final String FILE_NAME = "slots.properties";

    private final Path file;
    private final Map<String, String> labels = new TreeMap<>();

    private SlotMap(Path file) {
        this.file = file;
    }

    /** Reads the map from {@code directory}, or starts an empty one there. */
    public static SlotMap load(Path directory) throws IOException {
        SlotMap map = new SlotMap(directory.resolve(FILE_NAME));
        if (Files.exists(map.file)) {
            Properties stored = new Properties();
            try (Reader in = Files.newBufferedReader(map.file, StandardCharsets.UTF_8)) {
                stored.load(in);
            } catch (IllegalArgumentException e) {
                throw new WordedIOException(DeviceTexts.wording("slotMap.damaged", map.file.toString(), e.getMessage()), e);
            }
            stored.stringPropertyNames().forEach(path -> {
                String label = stored.getProperty(path).strip();
                if (!label.isEmpty()) {
                    map.labels.put(path, label);
                }
            });
        }
        return map;
    }

    /** A map that lives only in memory (the simulated bench). */
    public static SlotMap inMemory() {
        return new SlotMap(null);
    }

    public synchronized Slot slotFor(String portPath) {
        return new Slot(portPath, labels.getOrDefault(portPath, portPath));
    }

    public synchronized Optional<String> labelOf(String portPath) {
        return Optional.ofNullable(labels.get(portPath));
    }

    /** Labels a port; the label moves there if another port had it, since one hub slot is one port. */
    public synchronized void assign(String portPath, String label) throws IOException {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a slot label cannot be empty");
        }
        if (portPath == null || portPath.isBlank()) {
            throw new IllegalArgumentException("a slot needs a USB port path");
        }
        labels.values().removeIf(clean::equals);
        labels.put(portPath, clean);
        save();
    }

    public synchronized void forget(String portPath) throws IOException {
        if (labels.remove(portPath) != null) {
            save();
        }
    }

    public synchronized Map<String, String> labels() {
        return Map.copyOf(labels);
    }

    private void save() throws IOException {
        if (file == null) {
            return;
        }
        FileAccess.OWNER_ONLY.folder(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(temporary);
        FileAccess.OWNER_ONLY.apply(Files.createFile(temporary, FileAccess.OWNER_ONLY.newFile()));
        Properties stored = new Properties();
        stored.putAll(labels);
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            stored.store(out, "Restore Station slot map: USB port path = label on the hub");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
