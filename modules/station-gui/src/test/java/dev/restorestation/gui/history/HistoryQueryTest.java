package dev.restorestation.gui.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.ticket.Ticket;
import java.awt.EventQueue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryQueryTest {

    @Test
    void eachKindReadsItsText() {
        assertThat(HistoryQuery.parse(HistoryQuery.Kind.TICKET, "  R-1042 ")).isEqualTo(new HistoryQuery.ByTicket(new Ticket("R-1042")));
        assertThat(HistoryQuery.parse(HistoryQuery.Kind.ECID, "0x1A2B3C4D5E6F70"))
                .isEqualTo(new HistoryQuery.ByDevice(Ecid.parse("0x1A2B3C4D5E6F70")));
        assertThat(HistoryQuery.parse(HistoryQuery.Kind.DATE, "2026-11-23"))
                .isEqualTo(new HistoryQuery.ByDays(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)));
        assertThat(HistoryQuery.parse(HistoryQuery.Kind.DATE, "2026-11-01 to 2026-11-23"))
                .isEqualTo(new HistoryQuery.ByDays(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 23)));
        assertThat(HistoryQuery.parse(HistoryQuery.Kind.DATE, "2026-11-01..2026-11-23"))
                .isEqualTo(new HistoryQuery.ByDays(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 23)));
        assertThat(HistoryQuery.parse(HistoryQuery.Kind.ALL, "ignored")).isEqualTo(new HistoryQuery.Everything());
        assertThat(HistoryQuery.parse(HistoryQuery.Kind.SERIAL, " f2lzk0abc123 "))
                .isEqualTo(new HistoryQuery.BySerialNumber("F2LZK0ABC123"));
        assertThat(HistoryQuery.parse(HistoryQuery.Kind.SLOT, "Slot 4")).isEqualTo(new HistoryQuery.BySlot("4"));
        assertThat(HistoryQuery.parse(HistoryQuery.Kind.SLOT, "12")).isEqualTo(new HistoryQuery.BySlot("12"));
    }

    @Test
    void badInputGetsAOneLineReason() {
        assertThatThrownBy(() -> HistoryQuery.parse(HistoryQuery.Kind.TICKET, "  "))
                .hasMessage("type or scan a ticket number");
        assertThatThrownBy(() -> HistoryQuery.parse(HistoryQuery.Kind.TICKET, "x".repeat(65)))
                .hasMessageContaining("at most 64");
        assertThatThrownBy(() -> HistoryQuery.parse(HistoryQuery.Kind.SERIAL, "R-1042; DROP"))
                .hasMessageContaining("not a serial number");
        assertThatThrownBy(() -> HistoryQuery.parse(HistoryQuery.Kind.SLOT, "slot "))
                .hasMessageContaining("slot number");
        assertThatThrownBy(() -> HistoryQuery.parse(HistoryQuery.Kind.ECID, "not-an-ecid"))
                .hasMessageStartingWith("not an ECID");
        assertThatThrownBy(() -> HistoryQuery.parse(HistoryQuery.Kind.DATE, "23/11/2026"))
                .hasMessageStartingWith("not a date: '23/11/2026'");
        assertThatThrownBy(() -> HistoryQuery.parse(HistoryQuery.Kind.DATE, "2026-11-23 to 2026-11-01"))
                .hasMessageContaining("ends (2026-11-01) before it starts");
    }

    @Test
    void everyQueryShownInTheFormReadsBackTheSame() throws Exception {
        List<HistoryQuery> queries = List.of(new HistoryQuery.ByTicket(new Ticket("Ünïcode \"quoted\" ticket; DROP")),
                new HistoryQuery.ByDevice(Ecid.parse("0x00112233445566")),
                new HistoryQuery.ByDays(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)),
                new HistoryQuery.ByDays(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 23)),
                new HistoryQuery.Everything());
        List<HistoryQuery> readBack = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            SearchForm form = new SearchForm(query -> { });
            for (HistoryQuery query : queries) {
                form.show(query);
                readBack.add(form.query());
            }
        });
        assertThat(readBack).containsExactlyElementsOf(queries);
    }

    @Test
    void aBadSearchIsExplainedAndWhatWasTypedIsKept() throws Exception {
        List<HistoryQuery> searched = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            SearchForm form = new SearchForm(searched::add);
            form.kindChoice().setSelectedItem(HistoryQuery.Kind.ECID);
            form.field().setText("zz-not-hex");
            form.field().postActionEvent();
            seen.add(form.problem());
            seen.add(form.field().getText());
            form.kindChoice().setSelectedItem(HistoryQuery.Kind.TICKET);
            form.field().setText("R-7");
            form.field().postActionEvent();
            seen.add(form.problem());
        });
        assertThat(seen.get(0)).startsWith("not an ECID");
        assertThat(seen.get(1)).isEqualTo("zz-not-hex");
        assertThat(seen.get(2)).isEmpty();
        assertThat(searched).containsExactly(new HistoryQuery.ByTicket(new Ticket("R-7")));
    }
}
