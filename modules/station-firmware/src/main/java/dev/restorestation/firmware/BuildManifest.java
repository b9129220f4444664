package dev.restorestation.firmware;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import dev.restorestation.core.firmware.FirmwareBuild;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** What an IPSW's {@code BuildManifest.plist} says: build, version, product types, identities. */
public record BuildManifest(FirmwareBuild build, List<BuildIdentity> identities) {

    public BuildManifest {
        identities = List.copyOf(identities);
    }

    /** Parses a manifest (XML or binary plist); a clear {@link InvalidFirmwareException} otherwise. */
    public static BuildManifest read(InputStream in) throws IOException {
        NSObject root;
        try {
            root = PropertyListParser.parse(in);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidFirmwareException("BuildManifest.plist is not a property list: " + e.getMessage());
        }
        if (!(root instanceof NSDictionary manifest)) {
            throw new InvalidFirmwareException("BuildManifest.plist is not a dictionary");
        }
        String build = requiredString(manifest, "ProductBuildVersion");
        String version = requiredString(manifest, "ProductVersion");
        List<String> productTypes = new ArrayList<>();
        for (NSObject type : requiredArray(manifest, "SupportedProductTypes").getArray()) {
            productTypes.add(type.toJavaObject().toString());
        }
        List<BuildIdentity> identities = new ArrayList<>();
        for (NSObject entry : requiredArray(manifest, "BuildIdentities").getArray()) {
            if (entry instanceof NSDictionary identity) {
                identities.add(identity(identity));
            }
        }
        if (identities.isEmpty()) {
            throw new InvalidFirmwareException("BuildManifest.plist has no build identities");
        }
        return new BuildManifest(new FirmwareBuild(build, version, productTypes), identities);
    }

    private static BuildIdentity identity(NSDictionary identity) {
        NSObject infoObject = identity.get("Info");
        NSDictionary info = infoObject instanceof NSDictionary dict ? dict : new NSDictionary();
        return new BuildIdentity(
                hexId(identity, "ApChipID"),
                hexId(identity, "ApBoardID"),
                optionalString(info, "DeviceClass"),
                optionalString(info, "RestoreBehavior"),
                optionalString(info, "Variant"));
    }

    private static int hexId(NSDictionary dict, String key) {
        String text = requiredString(dict, key);
        try {
            return Integer.decode(text);
        } catch (NumberFormatException e) {
            throw new InvalidFirmwareException("BuildManifest.plist has a bad " + key + ": " + text);
        }
    }

    private static String requiredString(NSDictionary dict, String key) {
        NSObject value = dict.get(key);
        if (!(value instanceof NSString string)) {
            throw new InvalidFirmwareException("BuildManifest.plist lacks " + key);
        }
        return string.getContent();
    }

    private static String optionalString(NSDictionary dict, String key) {
        NSObject value = dict.get(key);
        return value instanceof NSString string ? string.getContent() : "";
    }

    private static NSArray requiredArray(NSDictionary dict, String key) {
        NSObject value = dict.get(key);
        if (!(value instanceof NSArray array)) {
            throw new InvalidFirmwareException("BuildManifest.plist lacks " + key);
        }
        return array;
    }
}
