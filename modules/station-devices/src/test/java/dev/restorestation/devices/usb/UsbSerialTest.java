package dev.restorestation.devices.usb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.devices.usb.UsbSerial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsbSerialTest {

    @Test
    void readsEveryKeyOfARecentDfuDevice() {
        UsbSerial serial = UsbSerial.parse("SDOM:01 CPID:8120 CPRV:11 CPFM:03 SCEP:01 BDID:0E "
                + "ECID:001A2B3C4D5E6F78 IBFL:3C SIKA:00 SRTG:[iBoot-7195.0.0.300.25]");

        assertThat(serial.securityDomain()).isEqualTo(0x01);
        assertThat(serial.chipId()).isEqualTo(0x8120);
        assertThat(serial.chipRevision()).isEqualTo(0x11);
        assertThat(serial.chipFuseMode()).isEqualTo(0x03);
        assertThat(serial.securityEpoch()).isEqualTo(0x01);
        assertThat(serial.boardId()).isEqualTo(0x0E);
        assertThat(serial.ecid()).isEqualTo(new Ecid(0x001A2B3C4D5E6F78L));
        assertThat(serial.iBootFlags()).isEqualTo(0x3C);
        assertThat(serial.secureRomTag()).isEqualTo("iBoot-7195.0.0.300.25");
        assertThat(serial.impliedMode()).hasValue(DeviceMode.DFU);
        assertThat(serial.securityMode()).isTrue();
        assertThat(serial.production()).isTrue();
        assertThat(serial.image4Aware()).isTrue();
        assertThat(serial.pwned()).isNull();
        assertThat(serial.udid()).hasValue("00008120-001A2B3C4D5E6F78");
    }

    @Test
    void readsValuesTypedWithTheHexPrefixTheStationItselfPrints() {
        UsbSerial typed = UsbSerial.parse("CPID:0x8101 BDID:0X0C ECID:0x001A2B3C4D5E6F70");

        assertThat(typed.chipId()).isEqualTo(0x8101);
        assertThat(typed.boardId()).isEqualTo(0x0C);
        assertThat(typed.ecid()).isEqualTo(new Ecid(0x001A2B3C4D5E6F70L));
        assertThat(UsbSerial.parse("CPID:0x BDID:0xZZ").isEmpty()).as("a prefix alone is no value").isTrue();
    }

    @Test
    void readsAnOlderDfuDeviceWhoseUdidDoesNotCarryTheEcid() {
        UsbSerial serial = UsbSerial.parse(
                "CPID:8015 CPRV:11 CPFM:03 SCEP:01 BDID:06 ECID:000A69822405E526 IBFL:3C SRTG:[iBoot-3332.0.0.1.23]");

        assertThat(serial.chipId()).isEqualTo(0x8015);
        assertThat(serial.boardId()).isEqualTo(0x06);
        assertThat(serial.ecid().hex()).isEqualTo("000A69822405E526");
        assertThat(serial.securityDomain()).isNull();
        assertThat(serial.udid()).isEmpty();
    }

    @Test
    void readsTheFirstIphonesShortSerial() {
        UsbSerial serial = UsbSerial.parse("CPID:8900 CPRV:20 CPFM:03 SCEP:01 BDID:00 ECID:000001F2C3D4E5F6 SRTG:[iBoot-359.3]");

        assertThat(serial.chipId()).isEqualTo(0x8900);
        assertThat(serial.boardId()).isZero();
        assertThat(serial.image4Aware()).isFalse();
    }

    @Test
    void readsAPwnedDfuDevice() {
        UsbSerial serial = UsbSerial.parse("CPID:8010 CPRV:11 CPFM:03 SCEP:01 BDID:08 ECID:001C2D3E4F5A6B7C "
                + "IBFL:3C SRTG:[iBoot-2696.0.0.1.33] PWND:[checkm8]");

        assertThat(serial.pwned()).isEqualTo("checkm8");
        assertThat(serial.impliedMode()).hasValue(DeviceMode.DFU);
    }

    @Test
    void readsARecoveryDeviceWithSerialNumberAndImei() {
        UsbSerial serial = UsbSerial.parse("CPID:8030 CPRV:11 CPFM:03 SCEP:01 BDID:04 ECID:00112233445566AA "
                + "IBFL:3D SRNM:[F2LZK0ABCDEF] IMEI:[356789012345678]");

        assertThat(serial.serialNumber()).isEqualTo("F2LZK0ABCDEF");
        assertThat(serial.imei()).isEqualTo("356789012345678");
        assertThat(serial.impliedMode()).hasValue(DeviceMode.RECOVERY);
        assertThat(serial.secureRomTag()).isNull();
    }

    @Test
    void takesKeysInAnyOrderAndCase() {
        UsbSerial serial = UsbSerial.parse("ecid:001A2B3C4D5E6F78   BDID:0e\tcpid:8120");

        assertThat(serial.chipId()).isEqualTo(0x8120);
        assertThat(serial.boardId()).isEqualTo(0x0E);
        assertThat(serial.ecid().value()).isEqualTo(0x001A2B3C4D5E6F78L);
        assertThat(serial.impliedMode()).isEmpty();
    }

    @Test
    void keepsWhatCameBeforeACut() {
        assertThat(UsbSerial.parse("CPID:8120 CPRV:11 CPFM:03 SCEP:01 BDID:0E ECID:001A2B3C4D"))
                .satisfies(serial -> {
                    assertThat(serial.chipId()).isEqualTo(0x8120);
                    assertThat(serial.boardId()).isEqualTo(0x0E);
                    assertThat(serial.ecid()).as("a cut ECID is not a different device's ECID").isNull();
                });
        assertThat(UsbSerial.parse("CPID:81").chipId()).as("cut CPID").isNull();
        assertThat(UsbSerial.parse("CPID:8120 BDID:0E ECID:001A2B3C4D5E6F78 SRTG:[iBoot-71").secureRomTag()).isNull();
        assertThat(UsbSerial.parse("CPID:8120 BDID:0E ECID:001A2B3C4D5E6F78 SRTG:[iBoot-71").ecid()).isNotNull();
    }

    @Test
    void readsTheNonceString() {
        UsbSerial nonces = UsbSerial.parse("NONC:4F1C9A0B7E2D55AA9E11C0FFEE00112233445566778899AABBCCDDEEFF0011 "
                + "SNON:0A1B2C3D4E5F60718293A4B5C6D7E8F901234567");
        UsbSerial serial = UsbSerial.parse("CPID:8120 BDID:0E ECID:001A2B3C4D5E6F78").withNonces(nonces);

        assertThat(serial.apNonce()).isEqualTo("4f1c9a0b7e2d55aa9e11c0ffee00112233445566778899aabbccddeeff0011");
        assertThat(serial.sepNonce()).isEqualTo("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567");
        assertThat(serial.chipId()).isEqualTo(0x8120);
    }

    @Test
    void ignoresUnreadableValuesButKeepsTheRest() {
        UsbSerial serial = UsbSerial.parse("CPID:ZZZZ BDID:0E ECID:NOTHEXNOTHEXNOTH NONC:xyz IBFL:3C");

        assertThat(serial.chipId()).isNull();
        assertThat(serial.ecid()).isNull();
        assertThat(serial.apNonce()).isNull();
        assertThat(serial.boardId()).isEqualTo(0x0E);
        assertThat(serial.iBootFlags()).isEqualTo(0x3C);
    }

    @Test
    void keepsTheFirstOfARepeatedKey() {
        assertThat(UsbSerial.parse("CPID:8120 CPID:8015").chipId()).isEqualTo(0x8120);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "garbage", "::::", "CPID:", ":8120", "[[[]]]", "SRTG:[", "KEY:[VALUE",
        "\u0000\u0001\u00ff", "CPID:8120:0E", "ECID:00000000000000000000000001"})
    void neverFailsOnGarbage(String text) {
        UsbSerial serial = UsbSerial.parse(text);

        assertThat(serial.chipId()).isIn(null, 0x8120);
        assertThat(serial.ecid()).isNull();
    }

    @Test
    void treatsNullAsNothing() {
        assertThat(UsbSerial.parse(null).isEmpty()).isTrue();
        assertThat(UsbSerial.parse("CPID:8120").isEmpty()).isFalse();
    }
}
