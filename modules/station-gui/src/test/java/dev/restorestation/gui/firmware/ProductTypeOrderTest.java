package dev.restorestation.gui.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProductTypeOrderTest {

    @Test
    void numbersSortAsNumbersWithinAFamily() {
        List<String> sorted = Stream.of("iPhone10,3", "iPad13,16", "iPhone9,4", "iPhone14,2", "iPhone10,10",
                "iPhone10,1", "some-typed-name").sorted(new ProductTypeOrder()).toList();

        assertThat(sorted).containsExactly("iPad13,16", "iPhone9,4", "iPhone10,1", "iPhone10,3", "iPhone10,10",
                "iPhone14,2", "some-typed-name");
    }
}
