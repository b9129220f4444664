package dev.restorestation.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeviceCatalogTest {

    private final DeviceCatalog catalog = DeviceCatalog.bundled();

    @Test
    void knowsTheFirstIphone() {
        assertThat(catalog.find(0x8900, 0x00)).hasValueSatisfying(model -> {
            assertThat(model.productType()).isEqualTo("iPhone1,1");
            assertThat(model.hardwareModel()).isEqualTo("m68ap");
            assertThat(model.name()).isEqualTo("iPhone 2G");
        });
    }

    @Test
    void knowsRecentDevicesWithTwoDigitBoardIds() {
        assertThat(catalog.find(0x8142, 0x42)).map(DeviceModel::productType).hasValue("RealityDevice17,1");
        assertThat(catalog.findByProductType("iPhone14,2")).map(DeviceModel::name).hasValue("iPhone 13 Pro");
    }

    @Test
    void keepsQuotedNamesWithCommas() {
        assertThat(catalog.findByProductType("iPhone99,11")).map(DeviceModel::name).hasValue("iPhone 99,11");
    }

    @Test
    void shipsEveryRowOfTheTable() {
        assertThat(catalog.models()).hasSize(318);
    }

    @Test
    void describesAnUnknownPairInsteadOfFailing() {
        assertThat(catalog.describe(0x9999, 0x7F)).isEqualTo("Unknown Apple device (CPID 0x9999, BDID 0x7F)");
        assertThat(catalog.find(0x9999, 0x7F)).isEmpty();
    }

    @Test
    void refusesACatalogWithDuplicatePairs() {
        String csv = """
                product_type,hardware_model,board_id,chip_id,display_name
                "iPhone1,1",m68ap,0x00,0x8900,iPhone 2G
                "iPhone1,9",x00ap,0x00,0x8900,Clone
                """;
        assertThatThrownBy(() -> DeviceCatalog.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("twice");
    }

    @Test
    void refusesAMalformedRow() {
        String csv = "product_type,hardware_model,board_id,chip_id,display_name\n\"iPhone1,1\",m68ap,0xZZ,0x8900,x\n";
        assertThatThrownBy(() -> DeviceCatalog.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2");
    }
}
