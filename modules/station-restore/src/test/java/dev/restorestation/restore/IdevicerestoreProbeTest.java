package dev.restorestation.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.core.text.StationLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdevicerestoreProbeTest {

    @Test
    void findsTheRealEngineAndReadsItsVersion() {
        Path real = HostRequirement.program("idevicerestore");

        EngineStatus status = new IdevicerestoreProbe("", real.getParent().toString()).probe();

        assertThat(status.state()).isEqualTo(ServiceState.AVAILABLE);
        assertThat(status.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(status.describe()).startsWith("idevicerestore " + status.version());
    }

    @Test
    void saysWhatToDoWhenTheEngineIsMissing(@TempDir Path empty) {
        EngineStatus status = new IdevicerestoreProbe("", empty.toString()).probe();

        assertThat(status.state()).isEqualTo(ServiceState.UNAVAILABLE);
        assertThat(status.describe()).isEqualTo("idevicerestore not found");
        assertThat(status.detail()).contains("install the idevicerestore package");
    }

    @Test
    void aConfiguredPathThatIsNotTheEngineIsRefused(@TempDir Path dir) throws Exception {
        Path impostor = dir.resolve("idevicerestore");
        Files.writeString(impostor, "#!/bin/sh\necho hello\n");
        Files.setPosixFilePermissions(impostor, PosixFilePermissions.fromString("rwx------"));

        EngineStatus status = new IdevicerestoreProbe(impostor.toString(), "").probe();

        assertThat(status.state()).isEqualTo(ServiceState.UNAVAILABLE);
        assertThat(status.detail()).contains("does not look like idevicerestore: hello");
    }

    @Test
    void whatIsWrongIsSaidInTheStationsLanguage(@TempDir Path empty) {
        try {
            StationLanguage.choose("de");
            assertThat(new IdevicerestoreProbe("", empty.toString()).probe().detail()).isEqualTo("idevicerestore wurde im PATH"
                    + " nicht gefunden; das Paket idevicerestore installieren oder seinen Pfad in den Einstellungen angeben");
            StationLanguage.choose("es");
            assertThat(new IdevicerestoreProbe(empty.resolve("idevicerestore").toString(), "").probe().detail())
                    .isEqualTo("no se encontró idevicerestore en " + empty.resolve("idevicerestore")
                            + "; instale el paquete idevicerestore o indique su ruta en Ajustes");
            assertThat(new IdevicerestoreProbe("", empty.toString()).probe(Locale.ENGLISH).detail())
                    .as("what a restore's record keeps").startsWith("idevicerestore was not found on the PATH");
        } finally {
            StationLanguage.choose("");
        }
    }
}
