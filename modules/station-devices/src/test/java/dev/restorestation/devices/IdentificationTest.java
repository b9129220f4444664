package dev.restorestation.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.devices.usb.UsbSerial;
import org.junit.jupiter.api.Test;

class IdentificationTest {

    private final DeviceCatalog catalog = DeviceCatalog.bundled();

    @Test
    void identifiesTheFirstIphoneFromItsSerialString() {
        Identification first = Identification.of(
                UsbSerial.parse("CPID:8900 CPRV:20 CPFM:03 SCEP:01 BDID:00 ECID:000001F2C3D4E5F6 SRTG:[iBoot-359.3]"), catalog);

        assertThat(first.productType()).isEqualTo("iPhone1,1");
        assertThat(first.hardwareModel()).isEqualTo("m68ap");
        assertThat(first.name()).isEqualTo("iPhone 2G");
        assertThat(first.mode()).isEqualTo(DeviceMode.DFU);
    }

    @Test
    void identifiesTheNewestIphonesInRecovery() {
        Identification newest = Identification.of(
                UsbSerial.parse("CPID:8150 CPRV:11 CPFM:03 SCEP:01 BDID:0E ECID:00123C1901F2401E IBFL:3D SRNM:[X1]"), catalog);

        assertThat(newest.productType()).isEqualTo("iPhone18,2");
        assertThat(newest.name()).isEqualTo("iPhone 17 Pro Max");
        assertThat(newest.hardwareModel()).isEqualTo("v54ap");
        assertThat(newest.mode()).isEqualTo(DeviceMode.RECOVERY);
        assertThat(newest.ecid().hex()).isEqualTo("00123C1901F2401E");
    }

    @Test
    void namesAnUnknownPairWithItsIds() {
        Identification unknown = Identification.of(UsbSerial.parse("CPID:9999 BDID:7F ECID:0000000000000001"), catalog);

        assertThat(unknown.productType()).isNull();
        assertThat(unknown.name()).isEqualTo("Unknown Apple device (CPID 0x9999, BDID 0x7F)");
        assertThat(unknown.mode()).isNull();
    }

    @Test
    void namesADeviceWithoutCpidAsUnknown() {
        assertThat(Identification.of(UsbSerial.parse("BDID:0E"), catalog).name())
                .isEqualTo("Unknown Apple device (no CPID in its serial string)");
        assertThat(Identification.of(UsbSerial.parse("CPID:8120"), catalog).name())
                .isEqualTo("Unknown Apple device (CPID 0x8120, no BDID)");
    }

    @Test
    void findsModelsByHardwareModelAsRestoredReportsIt() {
        assertThat(catalog.findByHardwareModel("D22AP")).map(DeviceModel::productType).hasValue("iPhone10,3");
        assertThat(catalog.findByHardwareModel(null)).isEmpty();
    }
}
