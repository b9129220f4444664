package dev.restorestation.firmware.catalog;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.firmware.BoundedPlist;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Apple's version.xml: {@code MobileDeviceSoftwareVersionsByVersion → n →
 * MobileDeviceSoftwareVersions → product type → build → Restore → FirmwareSHA1}. Only the
 * SHA-1 of restore IPSWs is taken, as the second opinion on ipsw.me's checksums.
 */
public final class AppleCatalog {

    public static final String SOURCE = "apple";
    /** Apple's file is a few megabytes. */
    private static final int MAX_SIZE = 64 << 20;

    /** The SHA-1 Apple gives for one product type's build. */
    public record Key(String productType, String build) {
    }

    private AppleCatalog() {
    }

    public static Map<Key, String> parse(byte[] body) throws CatalogException {
        if (body.length > MAX_SIZE) {
            throw new CatalogException("Apple's version.xml is larger than " + SizeText.bytes(MAX_SIZE));
        }
        NSObject root;
        try {
            root = BoundedPlist.parse(body);
        } catch (BoundedPlist.NotAPlist e) {
            throw new CatalogException("Apple's version.xml is not a property list: " + e.getMessage());
        }
        if (!(root instanceof NSDictionary top) || !(top.get("MobileDeviceSoftwareVersionsByVersion") instanceof NSDictionary byVersion)) {
            throw new CatalogException("Apple's version.xml lacks MobileDeviceSoftwareVersionsByVersion");
        }
        Map<Key, String> sha1s = new HashMap<>();
        for (NSObject version : byVersion.getHashMap().values()) {
            if (version instanceof NSDictionary versionDict
                    && versionDict.get("MobileDeviceSoftwareVersions") instanceof NSDictionary products) {
                products.getHashMap().forEach((productType, builds) -> collect(productType, builds, sha1s));
            }
        }
        return sha1s;
    }

    private static void collect(String productType, NSObject builds, Map<Key, String> sha1s) {
        if (!(builds instanceof NSDictionary buildDict)) {
            return;
        }
        buildDict.getHashMap().forEach((build, value) -> {
            if (value instanceof NSDictionary entry && entry.get("Restore") instanceof NSDictionary restore
                    && restore.get("FirmwareSHA1") instanceof NSString sha1
                    && restore.get("FirmwareURL") instanceof NSString url
                    && !url.getContent().startsWith("protected://")) {
                String buildVersion = restore.get("BuildVersion") instanceof NSString named ? named.getContent() : build;
                sha1s.put(new Key(productType, buildVersion), sha1.getContent().toLowerCase(Locale.ROOT));
            }
        });
    }
}
