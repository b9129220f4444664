package dev.restorestation.app;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.assembly.DemoStation;
import dev.restorestation.app.assembly.SettingsFile;
import dev.restorestation.app.assembly.StationAssembly;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.app.assembly.StationServices;
import dev.restorestation.app.assembly.StationVersion;
import dev.restorestation.app.cli.StationLinks;
import dev.restorestation.core.advice.SlotCheck;
import dev.restorestation.core.device.ButtonGuides;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.PortPower;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.firmware.FirmwareLibrary;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.ShopReport;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.history.TicketReports;
import dev.restorestation.core.restore.EngineProbe;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.settings.SettingsStore;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.devices.BundledButtonGuides;
import dev.restorestation.devices.power.UhubctlPower;
import dev.restorestation.gui.ShopViews;
import dev.restorestation.gui.WindowServices;
import dev.restorestation.gui.shell.StationWindow;
import dev.restorestation.restore.log.EngineLogClassifier;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the window to the real (or, with {@code --demo}, simulated) bench and engine. */
final class StationWindowLauncher {

    /** Set by the first-frame benchmark: {@link Station#firstFramePainted} says when the first frame was painted. */
    static final String FIRST_FRAME_EXIT = "station.firstFrameExit";

    private static final Logger LOG = LoggerFactory.getLogger(StationWindowLauncher.class);

    private StationWindowLauncher() {
    }

    /**
     * Opens the window at once on ports whose adapters open in the background once it shows (the
     * history database and the firmware cache take seconds on a first start); the first use of
     * each waits for it. If they cannot be opened the window says why and the station exits.
     */
    static void open(Station station, boolean demo) {
        StationWindow.displayProblem().ifPresent(problem -> {
            throw new StationException(problem);
        });
        DataDirectory data = station.dataDirectory();
        SettingsStore settings = new SettingsFile(data.settingsFile());
        Consumer<String> warnings = warning -> LOG.warn("settings: {}", warning);
        StationSettings saved = StationAssembly.settings(data, warnings);
        CompletableFuture<StationServices> opening = new CompletableFuture<>();
        Runnable openServices = () -> CompletableFuture.runAsync(() -> {
            try {
                opening.complete(demo ? DemoStation.open(data)
                        : StationServices.shop(StationAssembly.of(data, saved, warnings)));
            } catch (IOException | RuntimeException e) {
                opening.completeExceptionally(e instanceof IOException
                        ? new StationException(text("station.cannotOpen", e.getMessage())) : e);
            }
        });
        CompletableFuture<StationLinks> links = opening.thenApply(services ->
                demo ? StationLinks.none(data) : StationLinks.start(data, services.history(), services.restores().queue()));
        CompletableFuture<ShopViews> views = opening.thenCombine(links, (services, linked) ->
                services.shopViews(linked.webhooks()));
        // read once the window shows, like the services; until then no tile offers a guide
        CompletableFuture<ButtonGuides> guides = opening.<ButtonGuides>thenApply(services -> BundledButtonGuides.load())
                .exceptionally(failure -> {
                    LOG.warn("no DFU guides: {}", failure.getMessage());
                    return ButtonGuides.NONE;
                });
        TaskExecutor tasks = new ThreadPoolTaskExecutor("station-task", 4);
        LOG.info("opening the station window{} on {}", demo ? " (demo bench)" : "", data.root());
        StationWindow.open(new WindowServices(StationVersion.get(), demo, data.root().toString(),
                PendingPort.of(DeviceWatcher.class, opening, StationServices::bench),
                PendingPort.of(SlotLabels.class, opening, StationServices::slots), tasks, settings,
                PendingPort.of(EngineProbe.class, opening, StationServices::engine),
                PendingPort.of(RestoreService.class, opening, StationServices::restores),
                PendingPort.of(AttemptLog.class, opening, services -> services.history().attemptLog()),
                EngineLogClassifier::evidenceLines,
                demo ? DemoStation.firmwareChoice(data) : new FirmwareChoice.LatestSigned(),
                new ShopViews(PendingPort.of(FirmwareLibrary.class, views, ShopViews::firmware),
                        PendingPort.of(ShopReport.class, views, ShopViews::report),
                        PendingPort.of(ShopHistory.class, views, ShopViews::history),
                        PendingPort.of(SlotCheck.class, views, ShopViews::slots),
                        PendingPort.of(TicketReports.class, views, ShopViews::reports),
                        PendingPort.of(DeviceLabels.class, views, ShopViews::labels),
                        // never waits: until the shop's views are open the ids stand for themselves
                        id -> views.isDone() && !views.isCompletedExceptionally() ? views.join().fixNames().text(id) : id,
                        PendingPort.of(ShopWebhooks.class, views, ShopViews::webhooks)),
                productType -> guides.getNow(ButtonGuides.NONE).forProductType(productType),
                demo ? PortPower.NONE : UhubctlPower.onPath(System.getenv("PATH")),
                firstFrame(openServices), () -> {
                    tasks.close();
                    links.thenAccept(StationLinks::close);
                    opening.thenAccept(StationServices::close);
                    System.exit(0);
                }));
        opening.exceptionally(failure -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            LOG.error("the station could not open", cause);
            StationWindow.showFatal("The station could not open: " + cause.getMessage(), () -> System.exit(1));
            return null;
        });
    }

    /** Once the window shows, the services open: on two cores they would otherwise slow the first frame down. */
    private static Consumer<Instant> firstFrame(Runnable openServices) {
        return paintedAt -> {
            openServices.run();
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("first frame painted {} ms after the JVM started", paintedAt.toEpochMilli() - jvmStart);
            if (Boolean.getBoolean(FIRST_FRAME_EXIT)) {
                Station.firstFramePainted(paintedAt);
            }
        };
    }
}
