package dev.restorestation.firmware;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import dev.restorestation.core.firmware.FirmwareBuild;
import dev.restorestation.core.restore.RestoreKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an IPSW's {@code BuildManifest.plist} says: build, version, product types, identities, and
 * the digests its components must have.
 *
 * @param componentDigests for each component path in the IPSW, every digest (hex) a build identity
 *                         gives it; identities may disagree (the IM4P type tag differs), any one matches
 */
public record BuildManifest(FirmwareBuild build, List<BuildIdentity> identities,
                            Map<String, Set<String>> componentDigests) {

    public BuildManifest {
        identities = List.copyOf(identities);
        componentDigests = Map.copyOf(componentDigests);
    }

    public BuildManifest(FirmwareBuild build, List<BuildIdentity> identities) {
        this(build, identities, Map.of());
    }

    /** The identity that restores this board this way, if the IPSW has one. */
    public Optional<BuildIdentity> identityFor(int chipId, int boardId, RestoreKind kind) {
        return identities.stream().filter(identity -> identity.restores(chipId, boardId, kind)).findFirst();
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
        Map<String, Set<String>> digests = new HashMap<>();
        for (NSObject entry : requiredArray(manifest, "BuildIdentities").getArray()) {
            if (entry instanceof NSDictionary identity) {
                identities.add(identity(identity));
                collectDigests(identity, digests);
            }
        }
        if (identities.isEmpty()) {
            throw new InvalidFirmwareException("BuildManifest.plist has no build identities");
        }
        return new BuildManifest(new FirmwareBuild(build, version, productTypes), identities, digests);
    }

    private static void collectDigests(NSDictionary identity, Map<String, Set<String>> digests) {
        if (!(identity.get("Manifest") instanceof NSDictionary components)) {
            return;
        }
        for (NSObject value : components.getHashMap().values()) {
            if (value instanceof NSDictionary component
                    && component.get("Digest") instanceof NSData digest
                    && component.get("Info") instanceof NSDictionary info
                    && info.get("Path") instanceof NSString path) {
                digests.computeIfAbsent(path.getContent(), key -> new HashSet<>())
                        .add(HexFormat.of().formatHex(digest.bytes()));
            }
        }
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
