package dev.restorestation.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.ButtonGuide;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled button guides hold up against the bundled device table: every device is covered or said not to be. */
class ButtonGuidesTest {

    private final BundledButtonGuides guides = BundledButtonGuides.load();

    @Test
    void everyProductTypeOfTheDeviceTableHasExactlyOneGuideOrIsListedAsNotCovered() {
        List<String> problems = new ArrayList<>();
        for (DeviceModel model : DeviceCatalog.bundled().models()) {
            String type = model.productType();
            long families = guides.families().stream()
                    .filter(family -> family.productTypes().stream().anyMatch(p -> BundledButtonGuides.matches(p, type)))
                    .count();
            long excluded = guides.notCovered().stream()
                    .filter(entry -> entry.productTypes().stream().anyMatch(p -> BundledButtonGuides.matches(p, type)))
                    .count();
            if (families + excluded != 1) {
                problems.add(type + " (" + model.name() + "): " + families + " guides, " + excluded + " not-covered entries");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPatternMatchesSomeDeviceSoNoneIsATypo() {
        List<String> types = DeviceCatalog.bundled().models().stream().map(DeviceModel::productType).toList();
        Stream.concat(guides.families().stream().flatMap(f -> f.productTypes().stream()),
                        guides.notCovered().stream().flatMap(n -> n.productTypes().stream()))
                .forEach(pattern -> assertThat(types).as(pattern)
                        .anyMatch(type -> BundledButtonGuides.matches(pattern, type)));
    }

    @Test
    void everySequenceNamesItsPublicSourceAndHasTimingsAHandCanFollow() {
        assertThat(guides.families()).hasSizeGreaterThanOrEqualTo(6);
        for (BundledButtonGuides.Family family : guides.families()) {
            ButtonGuide guide = family.guide();
            List<ButtonGuide.Sequence> sequences = guide.recovery() == null ? List.of(guide.dfu())
                    : List.of(guide.dfu(), guide.recovery());
            for (ButtonGuide.Sequence sequence : sequences) {
                assertThat(sequence.source()).as(guide.family()).matches("https://\\S+");
                assertThat(sequence.steps()).allSatisfy(step -> assertThat(step.seconds()).isBetween(0, 15));
            }
            assertThat(guide.dfu().steps()).as(guide.family() + ": DFU is counted to the end")
                    .allSatisfy(step -> assertThat(step.seconds()).isPositive());
            assertThat(guide.dfu().release()).as(guide.family()).isNotBlank();
            assertThat(guide.dfu().keep()).as(guide.family()).isNotBlank();
            assertThat(guide.dfu().steps().get(guide.dfu().steps().size() - 1).action())
                    .as(guide.family() + ": the last step lets go of the released button")
                    .contains("Let go of the " + guide.dfu().release());
        }
        assertThat(guides.notCovered()).allSatisfy(entry -> assertThat(entry.reason()).isNotBlank());
    }

    @Test
    void familiesAreFoundByProductType() {
        assertThat(guides.forProductType("iPhone12,1")).get().extracting(ButtonGuide::family)
                .isEqualTo("iphone-without-home-button");
        assertThat(guides.forProductType("iPhone12,8")).get().extracting(ButtonGuide::family)
                .isEqualTo("iphone-8-and-se-with-home-button");
        assertThat(guides.forProductType("iPhone9,3")).get().extracting(ButtonGuide::family).isEqualTo("iphone-7");
        assertThat(guides.forProductType("iPad7,5")).get().extracting(ButtonGuide::family).isEqualTo("ipad-home-button");
        assertThat(guides.forProductType("iPad13,18")).get().extracting(ButtonGuide::family)
                .isEqualTo("ipad-without-home-button");
        assertThat(guides.forProductType("iPhone11,2").orElseThrow().dfu().seconds()).isEqualTo(25);
        assertThat(guides.forProductType("Watch6,1")).isEmpty();
        assertThat(guides.forProductType("iPhone1,10")).as("a prefix pattern stops at the comma").isEmpty();
        assertThat(guides.forProductType(null)).isEmpty();
    }

    @Test
    void aGuideFileWithAStepMissingItsSecondsIsRefusedWhole() {
        String broken = "{\"families\": [{\"id\": \"x\", \"name\": \"X\", \"productTypes\": [\"iPhone9,*\"],"
                + " \"dfu\": {\"source\": \"https://example.org\", \"steps\": [{\"do\": \"Hold\"}]}}]}";
        assertThatThrownBy(() -> BundledButtonGuides.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("seconds");
    }
}
