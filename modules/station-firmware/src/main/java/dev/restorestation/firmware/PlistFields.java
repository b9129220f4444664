package dev.restorestation.firmware;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSSet;
import com.dd.plist.NSString;
import dev.restorestation.core.text.Wording;
import java.util.List;
import java.util.function.Function;

/**
 * Typed reads from one dictionary of a property list: a missing key or a value of the wrong type
 * is refused with the path of the field, such as {@code BuildIdentities[0].ApChipID}, in words
 * (the field's path itself is the file's own and stays as it is).
 */
final class PlistFields {

    private final String file;
    private final String path;
    private final NSDictionary dictionary;

    private PlistFields(String file, String path, NSDictionary dictionary) {
        this.file = file;
        this.path = path;
        this.dictionary = dictionary;
    }

    static PlistFields root(NSObject root, String file) {
        if (!(root instanceof NSDictionary dictionary)) {
            throw new InvalidFirmwareException(wording("failure.plistNotDictionary", file));
        }
        return new PlistFields(file, "", dictionary);
    }

    PlistFields child(NSDictionary child, String childPath) {
        return new PlistFields(file, childPath, child);
    }

    List<String> keys() {
        return dictionary.getHashMap().keySet().stream().sorted().toList();
    }

    String string(String key) {
        return required(key, NSString.class).getContent();
    }

    String optionalString(String key) {
        String value = optional(key, NSString.class, NSString::getContent);
        return value == null ? "" : value;
    }

    byte[] data(String key) {
        return required(key, NSData.class).bytes();
    }

        NSArray array(String key) {
        return required(key, NSArray.class);
    }

    PlistFields dictionary(String key) {
        return child(required(key, NSDictionary.class), field(key));
    }

    PlistFields optionalDictionary(String key) {
        NSDictionary value = optional(key, NSDictionary.class, Function.identity());
        return value == null ? null : child(value, field(key));
    }

    /** The value under {@code key} as {@code type}, or null when the key is absent. */
    <T extends NSObject, R> R optional(String key, Class<T> type, Function<T, R> read) {
        NSObject value = dictionary.get(key);
        return value == null ? null : read.apply(typed(value, type, field(key)));
    }

    <T extends NSObject> T element(NSArray array, int index, String arrayKey, Class<T> type) {
        return typed(array.objectAtIndex(index), type, field(arrayKey) + "[" + index + "]");
    }

    private <T extends NSObject> T required(String key, Class<T> type) {
        NSObject value = dictionary.get(key);
        if (value == null) {
            throw new InvalidFirmwareException(wording("failure.plistLacks", file, field(key)));
        }
        return typed(value, type, field(key));
    }

    private <T extends NSObject> T typed(NSObject value, Class<T> type, String field) {
        if (!type.isInstance(value)) {
            throw new InvalidFirmwareException(wording("failure.plistType", file, field, kind(value.getClass()), kind(type)));
        }
        return type.cast(value);
    }

    /** The path of {@code key} in this dictionary, as refusals name it. */
    String field(String key) {
        return path.isEmpty() ? Printable.name(key) : path + "." + Printable.name(key);
    }

    private static Wording kind(Class<?> type) {
        if (type == NSString.class) {
            return wording("plist.string");
        }
        if (type == NSData.class) {
            return wording("plist.data");
        }
        if (type == NSDictionary.class) {
            return wording("plist.dictionary");
        }
        if (type == NSArray.class) {
            return wording("plist.array");
        }
        if (type == NSNumber.class) {
            return wording("plist.number");
        }
        if (type == NSDate.class) {
            return wording("plist.date");
        }
        return type == NSSet.class ? wording("plist.set") : wording("plist.other", type.getSimpleName());
    }
}
