package dev.restorestation.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --data-dir}'s folder: an empty one would make the current folder the data directory, unasked. */
public final class DataDirOption implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new Empty();
        }
        return Path.of(value);
    }

    /** Told apart by {@link UsageErrorText}, which words it. */
    static final class Empty extends TypeConversionException {
        Empty() {
            super("--data-dir needs a folder, not an empty path");
        }
    }
}
