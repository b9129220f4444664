package dev.restorestation.gui.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.firmware.ModelName;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelChoicesTest {

    private final ModelChoices choices = ModelChoices.of(List.of(
            new ModelName("iPhone10,1", "iPhone 8"),
            new ModelName("iPhone9,4", "iPhone 7 Plus"),
            new ModelName("iPhone9,1", "iPhone 7"),
            new ModelName("iPhone9,3", "iPhone 7"),
            new ModelName("iPad13,18", "iPad (10th generation)"),
            new ModelName("AppleTV5,3", "Apple TV 4"),
            new ModelName("Mac13,1", "Mac Studio (M1 Max, 2022)")), List.of("iPhone99,9", "iPhone9,4"));

    @Test
    void phonesComeFirstByNameInProductTypeOrderWithCachedTypesTheCatalogDoesNotName() {
        assertThat(choices.lines()).containsExactly("iPhone 7 (iPhone9,1)", "iPhone 7 (iPhone9,3)",
                "iPhone 7 Plus (iPhone9,4)", "iPhone 8 (iPhone10,1)", "iPhone99,9", "iPad (10th generation) (iPad13,18)",
                "Apple TV 4 (AppleTV5,3)");
    }

    @Test
    void aModelTheStationCannotRestoreIsNotOffered() {
        assertThat(choices.lines()).noneMatch(line -> line.contains("Mac"));
        assertThat(choices.productType("Mac Studio (M1 Max, 2022)")).isEmpty();
    }

    @Test
    void aPickedLineATypedProductTypeOrAUniqueNameStandForOneProductType() {
        assertThat(choices.productType("iPhone 7 Plus (iPhone9,4)")).contains("iPhone9,4");
        assertThat(choices.productType(" iPhone10,1 ")).contains("iPhone10,1");
        assertThat(choices.productType("iphone 8")).contains("iPhone10,1");
        assertThat(choices.productType("iPad (10th generation)")).contains("iPad13,18");
    }

    @Test
    void aNameSeveralModelsShareOrAnUnknownOneStandsForNothing() {
        assertThat(choices.productType("iPhone 7")).isEmpty();
        assertThat(choices.productType("iPhone 15")).isEmpty();
        assertThat(choices.productType("")).isEmpty();
    }
}
