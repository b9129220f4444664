package dev.restorestation.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketTest {

    @ParameterizedTest
    @ValueSource(strings = {"R-10482", "Tícket №5 «Ünïcødé»", "O'Brien; DROP TABLE attempts;--", "\"quoted\"", "🔧📱"})
    void acceptsAnyTextAShopWrites(String id) {
        assertThat(new Ticket(id).id()).isEqualTo(id);
    }

    @Test
    void stripsSurroundingBlanksFromScannerInput() {
        assertThat(new Ticket("  R-1 ").id()).isEqualTo("R-1");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String emoji64 = "📱".repeat(64);
        assertThat(new Ticket(emoji64).id()).isEqualTo(emoji64);
    }

    @Test
    void refusesEmptyTooLongAndControlCharacters() {
        assertThatThrownBy(() -> new Ticket("   ")).hasMessage("ticket id is empty");
        assertThatThrownBy(() -> new Ticket("x".repeat(65)))
                .hasMessage("ticket id is 65 characters long; at most 64 are allowed");
        assertThatThrownBy(() -> new Ticket("R-1\nR-2")).hasMessageContaining("control character");
    }
}
