package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.SimulatedBench;
import dev.restorestation.devices.UsbBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List the devices on the bench, in slot order.",
        subcommands = DevicesIdentifyCommand.class)
public final class DevicesCommand implements Callable<Integer>, StationContext {

    static final int DEMO_DEVICES = 12;
    private static final Duration FIRST_LOOK = Duration.ofSeconds(10);

    /** One device in {@code --json}: stable, documented in the README. */
    record DeviceJson(String slot, String mode, String ecid, String udid, String productType, String name,
                      String state, String serialNumber, String portPath, String portSpeed) {

        static DeviceJson of(DeviceSnapshot device) {
            return new DeviceJson(device.slot().label(), device.mode().name(),
                    device.ecid() == null ? null : device.ecid().hex(), device.udid(), device.productType(),
                    device.name(), DevicesCommand.state(device), device.serialNumber(), device.slot().portPath(),
                    device.portSpeed().id());
        }
    }

    @ParentCommand
    StationContext station;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array: slot, mode, ecid, udid, productType, name, state, serialNumber, portPath, portSpeed.")
    boolean json;

    @Option(names = "--watch", description = "Keep printing the bench after every change until interrupted.")
    boolean watch;

    @Option(names = "--demo", description = "A simulated bench instead of USB.")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (DeviceWatcher bench = open(err)) {
            if (!watch) {
                print(out, bench.current());
                return 0;
            }
            BlockingQueue<BenchSnapshot> changes = new LinkedBlockingQueue<>();
            bench.start(changes::add);
            while (!Thread.currentThread().isInterrupted()) {
                BenchSnapshot next = changes.take();
                if (!json) {
                    out.println("— " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " —");
                }
                print(out, next);
            }
            return 0;
        } catch (InterruptedException stopped) {
            return 0;
        }
    }

    private DeviceWatcher open(PrintWriter err) throws InterruptedException {
        DeviceCatalog catalog = DeviceCatalog.bundled();
        if (demo) {
            return SimulatedBench.demo(catalog, DEMO_DEVICES);
        }
        UsbBench bench;
        try {
            bench = UsbBench.open(catalog, dataDirectory().root());
        } catch (IOException e) {
            throw new StationException(text("devices.slotMapUnreadable", e.getMessage()));
        }
        bench.usbProblem().ifPresent(problem -> err.println("station: " + text("devices.dfuUnseen", problem)));
        bench.start(snapshot -> { });
        if (!bench.awaitFirstLook(FIRST_LOOK)) {
            err.println("station: " + text("devices.noAnswer", FIRST_LOOK.toSeconds()));
        }
        return bench;
    }

    private void print(PrintWriter out, BenchSnapshot bench) {
        List<DeviceSnapshot> devices = bench.devices();
        if (json) {
            out.println(CommandLineOutput.json(devices.stream().map(DeviceJson::of).toList()));
            out.flush();
            if (bench.usbmuxd() == ServiceState.UNAVAILABLE) {
                spec.commandLine().getErr().println("station: " + usbmuxdNotRunning());
            }
            return;
        }
        if (devices.isEmpty()) {
            out.println(text("devices.none"));
        } else {
            // a mode's name is longer in some languages ("Wartungsmodus"): the column takes the longest
            int modeWidth = Arrays.stream(DeviceMode.values()).mapToInt(mode -> text("mode." + mode.name()).length())
                    .max().orElse(0);
            String row = "%-6s %-" + Math.max(9, modeWidth + 1) + "s %-17s %-40s %s%n";
            out.printf(row, text("devices.column.slot"), text("devices.column.mode"), "ECID",
                    text("devices.column.device"), text("devices.column.state"));
            for (DeviceSnapshot device : devices) {
                String model = device.productType() == null ? device.name()
                        : device.name() + " (" + device.productType() + ")";
                out.printf(row, device.slot().label(), text("mode." + device.mode().name()),
                        device.ecid() == null ? "-" : device.ecid().hex(), model,
                        device.problem() == null ? text("devices.ready") : device.problem().text());
            }
        }
        if (bench.usbmuxd() == ServiceState.UNAVAILABLE) {
            out.println(usbmuxdNotRunning());
        }
        out.flush();
    }

    private static String usbmuxdNotRunning() {
        return text("devices.usbmuxdNotRunning");
    }

    private static String state(DeviceSnapshot device) {
        return device.problem() == null ? "ready" : device.problem().english();
    }

    @Override
    public DataDirectory dataDirectory() {
        return station.dataDirectory();
    }

    @Override
    public Path dataDirectoryPath() {
        return station.dataDirectoryPath();
    }
}
