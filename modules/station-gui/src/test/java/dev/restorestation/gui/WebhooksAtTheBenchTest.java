package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_5;
import static java.awt.event.KeyEvent.VK_A;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Component;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import org.junit.jupiter.api.Test;

/** The shop's webhooks set in Settings with the keyboard and mouse: a refused URL says why and changes nothing. */
class WebhooksAtTheBenchTest extends AtTheBench {

    @Test
    void aURLIsRefusedWithItsReasonThenAGoodOneIsSavedWithANewSecretAndShowsItsDelivery() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(1));
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_5);

        clickIntoTheURLs();
        hands.type("http://pos.example/hooks");
        hands.click(station.find("webhook-new-secret"));
        hands.click(station.find("webhook-save"));

        assertThat(message("Not saved")).isEqualTo("Not saved: webhook URL 'http://pos.example/hooks' must start with https://");
        assertThat(station.shop.webhooks.setup()).isEqualTo(ShopWebhooks.Setup.none());

        clickIntoTheURLs();
        hands.chord(VK_CONTROL, VK_A);
        hands.type("https://pos.example/hooks");
        hands.click(station.find("webhook-save"));

        assertThat(message("Saved")).isEqualTo("Saved: events go to 1 endpoint from now on.");
        ShopWebhooks.Setup saved = station.shop.webhooks.setup();
        assertThat(saved.urls()).containsExactly("https://pos.example/hooks");
        assertThat(saved.secret()).hasSizeGreaterThanOrEqualTo(32)
                .isEqualTo(Ui.onEdt(() -> new String(Ui.<JPasswordField>find(station.frame, "webhook-secret").getPassword())));
        assertThat(saved.events()).containsExactlyElementsOf(ShopWebhooks.DEFAULT_EVENTS);
        assertThat(Ui.await(() -> Ui.onEdt(() -> Ui.<JLabel>find(station.frame, "webhook-delivery").getText()),
                text -> text.startsWith("https://pos.example/hooks"), 10))
                .isEqualTo("https://pos.example/hooks · 0 delivered · 0 given up · 0 waiting");
    }

    /** Clicks the URL field once it can be typed into (the webhooks are read in the background) and waits for the caret. */
    private void clickIntoTheURLs() throws Exception {
        Component urls = station.find("webhook-urls");
        Ui.await(() -> Ui.onEdt(urls::isEnabled), enabled -> enabled, 10);
        hands.click(urls);
        assertThat(Ui.await(() -> Ui.onEdt(urls::isFocusOwner), focused -> focused, 10)).isTrue();
    }

    private String message(String start) throws Exception {
        return Ui.await(() -> Ui.onEdt(() -> Ui.<JLabel>find(station.frame, "webhook-message").getText()),
                text -> text.startsWith(start), 10);
    }
}
