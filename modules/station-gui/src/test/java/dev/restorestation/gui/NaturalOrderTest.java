package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    private final NaturalOrder order = new NaturalOrder();

    private List<String> sorted(String... texts) {
        List<String> list = new ArrayList<>(List.of(texts));
        list.sort(order);
        return list;
    }

    @Test
    void numbersInsideTextAreComparedAsNumbers() {
        assertThat(sorted("Slot 12", "Slot 9", "Slot 10", "Slot 1")).containsExactly("Slot 1", "Slot 9", "Slot 10", "Slot 12");
        assertThat(sorted("R-1042", "R-999", "R-10000")).containsExactly("R-999", "R-1042", "R-10000");
    }

    @Test
    void versionsGoByEachPartsNumber() {
        assertThat(sorted("26.10", "26.9", "26.9.1", "17.7.2", "26")).containsExactly("17.7.2", "26", "26.9", "26.9.1", "26.10");
    }

    @Test
    void caseIsAsideAndLeadingZerosBreakOnlyATie() {
        assertThat(order.compare("ipad13,18", "iPad13,18")).isZero();
        assertThat(sorted("b", "A", "c")).containsExactly("A", "b", "c");
        assertThat(sorted("07", "7", "8")).containsExactly("7", "07", "8");
    }

    @Test
    void numbersLongerThanALongAreStillInOrder() {
        assertThat(sorted("ECID 123456789012345678901234567890", "ECID 99999999999999999999"))
                .containsExactly("ECID 99999999999999999999", "ECID 123456789012345678901234567890");
    }

    @Test
    void emptyTextComesFirst() {
        assertThat(sorted("3 min", "", "1 min")).containsExactly("", "1 min", "3 min");
    }
}
