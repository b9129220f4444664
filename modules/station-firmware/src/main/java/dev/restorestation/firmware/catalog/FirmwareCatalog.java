package dev.restorestation.firmware.catalog;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import dev.restorestation.core.files.FileAccess;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.core.text.Worded;
import dev.restorestation.firmware.download.DownloadException;
import dev.restorestation.firmware.download.HttpTransfers;
import dev.restorestation.firmware.download.Patience;
import dev.restorestation.firmware.download.TransferPolicy;
import dev.restorestation.firmware.store.DurableFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The builds Apple offers for a device: ipsw.me v4 for the list, Apple's version.xml as a second
 * opinion on each SHA-1. The last good answer of each is kept in the cache folder, so the station
 * still knows the catalog (and says how old it is) when the network is down. An answer is read
 * with the downloads' {@link Patience} and refused beyond {@link #MAX_BYTES}.
 */
public final class FirmwareCatalog {

    public static final URI IPSW_ME = URI.create("https://api.ipsw.me/v4/");
    public static final URI APPLE_VERSION_XML = URI.create("https://itunes.apple.com/check/version");
    public static final long MAX_BYTES = 32L << 20;

    private final HttpTransfers http;
    private final URI ipswMe;
    private final URI apple;
    private final Path saved;
    private final Clock clock;

    public FirmwareCatalog(HttpTransfers http, URI ipswMe, URI apple, Path saved, Clock clock) {
        this.http = http;
        this.ipswMe = ipswMe;
        this.apple = apple;
        this.saved = saved;
        this.clock = clock;
    }

    /**
     * The public catalogs, or a mirror: {@code <mirror>/device/<type>?type=ipsw} (ipsw.me's shape)
     * and {@code <mirror>/version.xml}; plain HTTP is then allowed from the mirror's host.
     */
    public static FirmwareCatalog open(HttpClient http, URI mirror, Path saved, Clock clock) {
        return open(http, mirror, saved, clock, Patience.DEFAULT);
    }

    public static FirmwareCatalog open(HttpClient http, URI mirror, Path saved, Clock clock, Patience patience) {
        if (mirror == null) {
            return new FirmwareCatalog(new HttpTransfers(http, TransferPolicy.httpsOnly(), patience), IPSW_ME,
                    APPLE_VERSION_XML, saved, clock);
        }
        URI base = mirror.toString().endsWith("/") ? mirror : URI.create(mirror + "/");
        return new FirmwareCatalog(new HttpTransfers(http, TransferPolicy.withMirror(mirror), patience), base,
                base.resolve("version.xml"), saved, clock);
    }

    public TransferPolicy policy() {
        return http.policy();
    }

    public CatalogView builds(String productType) throws IOException {
        if (!productType.matches("[A-Za-z]+\\d+,\\d+")) {
            throw new CatalogException(wording("failure.notProductType", productType));
        }
        List<CatalogNote> notes = new ArrayList<>();
        Path savedDevice = saved.resolve("ipswme-" + productType + ".json");
        Fetched device = fetch(ipswMe.resolve("device/" + productType + "?type=ipsw"), savedDevice);
        List<CatalogEntry> entries = IpswMeCatalog.parse(device.body(), productType);
        if (!device.offline()) {
            save(savedDevice, device.body());
        } else {
            notes.add(CatalogNote.of("catalog.offline", ago(device.fetchedAt()), device.problem()));
        }
        Map<AppleCatalog.Key, String> appleSha1s = Map.of();
        Path savedApple = saved.resolve("apple-version.xml");
        try {
            Fetched versionXml = fetch(apple, savedApple);
            appleSha1s = AppleCatalog.parse(versionXml.body());
            if (!versionXml.offline()) {
                save(savedApple, versionXml.body());
            } else {
                notes.add(CatalogNote.of("catalog.appleSaved", ago(versionXml.fetchedAt()), versionXml.problem()));
            }
        } catch (CatalogException e) {
            notes.add(CatalogNote.of("catalog.ipswMeOnly", Worded.reasonOf(e)));
        }
        List<CatalogEntry> checked = new ArrayList<>();
        for (CatalogEntry entry : entries) {
            checked.add(crossCheck(entry, appleSha1s.get(new AppleCatalog.Key(productType, entry.build()))));
        }
        checked.sort(Comparator.comparing(CatalogEntry::releasedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .reversed());
        return new CatalogView(productType, checked, device.offline(), device.fetchedAt(), notes);
    }

    /** The entry for a build, or the newest signed one when {@code build} is null. */
    public Optional<CatalogEntry> find(CatalogView view, String build) {
        return view.entries().stream()
                .filter(entry -> build == null ? entry.signed() : entry.build().equalsIgnoreCase(build))
                .findFirst();
    }

    private static CatalogEntry crossCheck(CatalogEntry entry, String appleSha1) {
        if (appleSha1 == null) {
            return entry;
        }
        if (appleSha1.equals(entry.sha1())) {
            return entry.crossChecked(List.of(IpswMeCatalog.SOURCE, AppleCatalog.SOURCE), "");
        }
        return entry.crossChecked(List.of(), "the catalogs disagree on the SHA-1 of " + entry.build() + " for "
                + entry.productType() + ": ipsw.me says " + entry.sha1() + ", Apple says " + appleSha1);
    }

    /** {@code problem}: why the saved copy is used, a {@link dev.restorestation.core.text.Wording} or a plain reason. */
    private record Fetched(byte[] body, boolean offline, Instant fetchedAt, Object problem) {
    }

    private Fetched fetch(URI url, Path savedCopy) throws IOException {
        Object problem;
        try {
            HttpResponse<InputStream> response = http.get(url, Map.of("Accept", "application/json, application/xml, text/xml"));
            try (InputStream body = response.body()) {
                if (response.statusCode() == 200) {
                    return new Fetched(bounded(url, response, body), false, clock.instant(), "");
                }
            }
            problem = wording("failure.httpStatus", url.getHost(), String.valueOf(response.statusCode()));
            if (response.statusCode() == 404) {
                throw new CatalogException(wording("failure.catalogNotFound", problem, String.valueOf(url)));
            }
        } catch (CatalogException e) {
            throw e;
        } catch (DownloadException e) {
            if (!e.retryable()) {
                throw e.wording() == null ? new CatalogException(e.getMessage()) : new CatalogException(e.wording());
            }
            problem = Worded.reasonOf(e);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            problem = HttpTransfers.unreachable(url, e).wording();
        }
        if (!Files.isRegularFile(savedCopy)) {
            throw new CatalogException(wording("failure.noSavedCatalog", problem));
        }
        if (Files.size(savedCopy) > MAX_BYTES) {
            throw new CatalogException(problem + ", and the saved catalog " + savedCopy.getFileName() + " is larger than "
                    + SizeText.bytes(MAX_BYTES));
        }
        return new Fetched(Files.readAllBytes(savedCopy), true, Files.getLastModifiedTime(savedCopy).toInstant(),
                problem);
    }

    private static byte[] bounded(URI url, HttpResponse<?> response, InputStream body) throws IOException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        byte[] read = declared > MAX_BYTES ? null : body.readNBytes((int) MAX_BYTES + 1);
        if (read == null || read.length > MAX_BYTES) {
            throw new CatalogException("the catalog from " + url.getHost() + " is larger than "
                    + SizeText.bytes(MAX_BYTES) + "; refused");
        }
        return read;
    }

    private void save(Path file, byte[] body) throws IOException {
        FileAccess.inFolderOf(file.getParent()).folder(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        FileAccess.inFolderOf(temporary).write(temporary, body);
        DurableFiles.publish(temporary, file);
        Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
    }

    private CatalogNote ago(Instant then) {
        Duration age = Duration.between(then, clock.instant());
        if (age.toDays() >= 2) {
            return CatalogNote.of("catalog.daysAgo", age.toDays());
        }
        if (age.toHours() >= 2) {
            return CatalogNote.of("catalog.hoursAgo", age.toHours());
        }
        return CatalogNote.of("catalog.minutesAgo", Math.max(age.toMinutes(), 0));
    }
}
