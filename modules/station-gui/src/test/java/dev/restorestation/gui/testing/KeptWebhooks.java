package dev.restorestation.gui.testing;

import dev.restorestation.core.history.ShopWebhooks;
import java.util.List;

/** Webhooks kept in memory, posting nowhere, refusing what does not start with https:// as the station does. */
public final class KeptWebhooks implements ShopWebhooks {

    private volatile Setup setup = Setup.none();

    @Override
    public Setup setup() {
        return setup;
    }

    @Override
    public void save(Setup changed) {
        for (String url : changed.urls()) {
            if (!url.startsWith("https://")) {
                throw new IllegalArgumentException("webhook URL '" + url + "' must start with https://");
            }
        }
        setup = changed;
    }

    @Override
    public List<Delivery> deliveries() {
        return setup.urls().stream().map(url -> new Delivery(url, 0, 0, 0, 0, null, null)).toList();
    }

    @Override
    public boolean posting() {
        return true;
    }
}
