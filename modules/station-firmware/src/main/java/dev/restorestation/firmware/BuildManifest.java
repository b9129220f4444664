package dev.restorestation.firmware;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
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
import java.util.regex.Pattern;

/**
 * What an IPSW's {@code BuildManifest.plist} says: build, version, product types, identities, and
 * the digests its components must have. Every field is checked for its type and its range, so
 * what is shown, stored and handed to a restore is what a real manifest could hold: each identity
 * is for this build, erases or updates (or, for research variants, says neither), and gives a
 * digest and a path for every part of its boot chain; one component of one file has one digest.
 *
 * @param componentDigests for each component path in the IPSW, every digest (hex) a build identity
 *                         gives it, none for components without one; identities may disagree (the
 *                         IM4P type tag differs), any one matches
 */
public record BuildManifest(FirmwareBuild build, List<BuildIdentity> identities,
                            Map<String, Set<String>> componentDigests) {

    /** Real manifests are 0.3–4 MB; this leaves room and keeps a parse within memory. */
    public static final int MAX_SIZE = 16 << 20;
    /** Apple's build ids: 23C71, 17F80, 21A5248v, 20E772520a. The history keeps at most 32 characters. */
    private static final Pattern BUILD = Pattern.compile("[0-9]{1,3}[A-Z][0-9]{1,6}[a-z]?");
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,4}){0,3}");
    private static final Pattern PRODUCT_TYPE = Pattern.compile("[A-Za-z]{1,24}[0-9]{1,3},[0-9]{1,3}");
    private static final Pattern ID = Pattern.compile("0[xX][0-9A-Fa-f]{1,4}|[0-9]{1,5}");
    private static final int MAX_ID = 0xFFFF;
    /** Components every identity of every real manifest we hold gives a digest and a path (iOS 13 to 26). */
    public static final List<String> BOOT_CHAIN =
            List.of("iBSS", "iBEC", "LLB", "iBoot", "KernelCache", "RestoreRamDisk", "DeviceTree");
    private static final Set<String> BEHAVIOURS = Set.of("Erase", "Update", "");
    private static final String MANIFEST = "BuildManifest.plist";

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
            root = BoundedPlist.parse(in, MAX_SIZE);
        } catch (BoundedPlist.NotAPlist e) {
            throw new InvalidFirmwareException(wording("failure.notPlist", MANIFEST, e.getMessage()));
        }
        PlistFields manifest = PlistFields.root(root, MANIFEST);
        String build = manifest.string("ProductBuildVersion");
        String version = manifest.string("ProductVersion");
        requireFormat(build, BUILD, "ProductBuildVersion");
        requireFormat(version, VERSION, "ProductVersion");
        List<String> productTypes = new ArrayList<>();
        NSArray types = manifest.array("SupportedProductTypes");
        for (int i = 0; i < types.count(); i++) {
            String type = manifest.element(types, i, "SupportedProductTypes", NSString.class).getContent();
            requireFormat(type, PRODUCT_TYPE, "SupportedProductTypes[" + i + "]");
            productTypes.add(type);
        }
        List<BuildIdentity> identities = new ArrayList<>();
        Map<String, Set<String>> digests = new HashMap<>();
        Map<String, String> digestOfComponent = new HashMap<>();
        NSArray list = manifest.array("BuildIdentities");
        for (int i = 0; i < list.count(); i++) {
            PlistFields identity = manifest.child(
                    manifest.element(list, i, "BuildIdentities", NSDictionary.class), "BuildIdentities[" + i + "]");
            identities.add(identity(identity, build));
            collectDigests(identity, digests, digestOfComponent);
        }
        if (identities.isEmpty()) {
            throw new InvalidFirmwareException(wording("failure.noIdentities", MANIFEST));
        }
        return new BuildManifest(new FirmwareBuild(build, version, productTypes), identities, digests);
    }

    private static void collectDigests(PlistFields identity, Map<String, Set<String>> digests,
                                       Map<String, String> digestOfComponent) {
        PlistFields components = identity.dictionary("Manifest");
        for (String name : BOOT_CHAIN) {
            PlistFields part = components.dictionary(name);
            part.data("Digest");
            part.dictionary("Info").string("Path");
        }
        for (String name : components.keys()) {
            PlistFields component = components.dictionary(name);
            PlistFields info = component.optionalDictionary("Info");
            String path = info == null ? null : info.optional("Path", NSString.class, NSString::getContent);
            byte[] digest = component.optional("Digest", NSData.class, NSData::bytes);
            if (digest != null && digest.length != 20 && digest.length != 32 && digest.length != 48) {
                throw new InvalidFirmwareException(wording("failure.digestLength", MANIFEST, component.field("Digest"),
                        String.valueOf(digest.length)));
            }
            if (path != null) {
                Set<String> known = digests.computeIfAbsent(path, key -> new HashSet<>());
                if (digest != null) {
                    String hex = HexFormat.of().formatHex(digest);
                    String before = digestOfComponent.putIfAbsent(name + "\u0000" + path, hex);
                    if (before != null && !before.equals(hex)) {
                        throw new InvalidFirmwareException(wording("failure.twoDigests", MANIFEST, Printable.name(name),
                                Printable.name(path)));
                    }
                    known.add(hex);
                }
            }
        }
    }

    private static BuildIdentity identity(PlistFields identity, String build) {
        PlistFields info = identity.dictionary("Info");
        String buildNumber = info.string("BuildNumber");
        if (!buildNumber.equals(build)) {
            throw new InvalidFirmwareException(wording("failure.otherBuildNumber", MANIFEST, info.field("BuildNumber"),
                    Printable.name(buildNumber), build));
        }
        String behaviour = info.optionalString("RestoreBehavior");
        if (!BEHAVIOURS.contains(behaviour)) {
            throw bad(info.field("RestoreBehavior"), behaviour);
        }
        return new BuildIdentity(id(identity, "ApChipID"), id(identity, "ApBoardID"),
                printable(info, "DeviceClass"), behaviour, printable(info, "Variant"));
    }

    /** A text field shown as it stands: no control or reordering characters. */
    private static String printable(PlistFields info, String key) {
        String value = info.optionalString(key);
        if (!Printable.escape(value).equals(value)) {
            throw bad(info.field(key), value);
        }
        return value;
    }

    private static InvalidFirmwareException bad(String field, String value) {
        return new InvalidFirmwareException(wording("failure.badField", MANIFEST, field, Printable.name(value)));
    }

    private static int id(PlistFields identity, String key) {
        String text = identity.string(key);
        int value = ID.matcher(text).matches() ? Integer.decode(text.replaceFirst("^0+(?=[0-9])", "")) : -1;
        if (value < 0 || value > MAX_ID) {
            throw bad(key, text);
        }
        return value;
    }

    private static void requireFormat(String value, Pattern format, String field) {
        if (!format.matcher(value).matches()) {
            throw bad(field, value);
        }
    }
}
