package dev.restorestation.firmware.catalog;

import dev.restorestation.core.firmware.SigningAnswer;
import dev.restorestation.core.firmware.SigningStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog's signed flag as the restore side asks for it. A listing read from its source is
 * reused for {@link #REUSE}, so a bench of restores of one model reads the catalog once; a listing
 * from the saved copy is never reused, so every ask tries the source again.
 */
public final class CatalogSigning implements SigningStatus {

    static final Duration REUSE = Duration.ofMinutes(5);

    private final FirmwareCatalog catalog;
    private final Clock clock;
    private final Map<String, CatalogView> recent = new ConcurrentHashMap<>();

    public CatalogSigning(FirmwareCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public SigningAnswer ask(String productType, String build) throws IOException {
        CatalogView view = listing(productType);
        SigningAnswer.State state = catalog.find(view, build)
                .map(entry -> entry.signed() ? SigningAnswer.State.SIGNED : SigningAnswer.State.NOT_SIGNED)
                .orElse(SigningAnswer.State.NOT_LISTED);
        return new SigningAnswer(state, view.fetchedAt(), view.offline());
    }

    private CatalogView listing(String productType) throws IOException {
        Instant now = clock.instant();
        CatalogView kept = recent.get(productType);
        if (kept != null && !kept.offline() && kept.age(now).compareTo(REUSE) < 0) {
            return kept;
        }
        CatalogView view = catalog.builds(productType);
        recent.put(productType, view);
        return view;
    }
}
