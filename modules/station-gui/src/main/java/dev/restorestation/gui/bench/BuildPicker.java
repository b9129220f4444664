package dev.restorestation.gui.bench;

import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.gui.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The build each ready device gets: the station's choice (the latest signed build of its model,
 * or the IPSW or build the station was started with) unless the technician picked another for it.
 * Confined to the EDT, like the model it changes.
 */
final class BuildPicker {

    private final BenchModel model;
    private final BenchView view;
    private final FirmwareChoice firmware;
    private final BuildOffers offers;
    private final Consumer<String> notice;
    private final Runnable refresh;

    BuildPicker(BenchModel model, BenchView view, FirmwareChoice firmware, BuildOffers offers, Consumer<String> notice,
                Runnable refresh) {
        this.model = model;
        this.view = view;
        this.firmware = firmware;
        this.offers = offers;
        this.notice = notice;
        this.refresh = refresh;
    }

    /** What a restore of the tile asks for: the picked build, else the station's choice. */
    FirmwareChoice choiceFor(SlotTile tile) {
        return tile.buildChosen() ? new FirmwareChoice.Build(tile.build().build()) : firmware;
    }

    /** Gives each ready device the build it will get (reading the builds of new models in the background). */
    void showBuilds() {
        List<String> unknown = new ArrayList<>();
        for (SlotTile tile : model.tiles()) {
            String productType = tile.present() ? tile.device().productType() : null;
            if (productType == null || tile.buildChosen()) {
                continue;
            }
            BuildOption station = stationBuild(productType);
            if (station == null) {
                unknown.add(productType);
            } else if (!station.equals(tile.build())) {
                model.update(tile.key(), old -> old.withBuild(station, false));
            }
        }
        offers.learn(unknown);
    }

    /** What a restore gets unless a build is picked; null while the latest signed build is not known yet. */
    private BuildOption stationBuild(String productType) {
        if (firmware instanceof FirmwareChoice.LocalFile file) {
            return BuildOption.file(String.valueOf(file.ipsw().getFileName()));
        }
        if (firmware instanceof FirmwareChoice.Build build) {
            return offers.options(productType).orElse(List.of()).stream()
                    .filter(option -> option.build().equals(build.build())).findFirst()
                    .orElse(new BuildOption(build.build(), "", false, false, false));
        }
        return offers.latest(productType).orElse(null);
    }

    /**
     * Lets the technician pick the build the selected devices get: one every selected model can
     * take, or back to each one's latest signed build.
     */
    void choose() {
        List<SlotTile> tiles = view.selected().stream()
                .filter(tile -> tile.present() && !tile.job().active() && tile.device().productType() != null).toList();
        if (tiles.isEmpty()) {
            notice.accept(Texts.text("build.selectFirst"));
            return;
        }
        List<String> models = tiles.stream().map(tile -> tile.device().productType()).distinct().toList();
        List<String> unread = models.stream().filter(type -> offers.options(type).isEmpty()).toList();
        if (!unread.isEmpty()) {
            offers.learn(unread);
            notice.accept(Texts.text("build.stillReading", String.join(", ", unread)));
            return;
        }
        List<BuildOption> common = new ArrayList<>(offers.options(models.get(0)).orElseThrow());
        for (String model : models.subList(1, models.size())) {
            List<String> builds = offers.options(model).orElseThrow().stream().map(BuildOption::build).toList();
            common.removeIf(option -> !builds.contains(option.build()));
        }
        if (models.size() > 1) {
            // "latest signed" speaks for each model on its own; across models it is just signed
            common.replaceAll(option -> new BuildOption(option.build(), option.version(), false, option.signed(), option.cached()));
        }
        List<BuildOption> choices = new ArrayList<>();
        choices.add(BuildOption.LATEST_FOR_EACH);
        choices.addAll(common);
        view.chooseBuild(tiles, choices).ifPresent(picked -> {
            for (SlotTile tile : tiles) {
                model.update(tile.key(), old -> picked == BuildOption.LATEST_FOR_EACH
                        ? old.withBuild(stationBuild(old.device().productType()), false) : old.withBuild(picked, true));
            }
            notice.accept(picked == BuildOption.LATEST_FOR_EACH
                    ? Texts.text("build.pickedLatest", String.join(", ", TicketDesk.labels(tiles)))
                    : Texts.text("build.picked", String.join(", ", TicketDesk.labels(tiles)), picked.describe()));
            refresh.run();
        });
    }

    boolean canChoose() {
        return view.selected().stream().anyMatch(tile -> tile.present() && !tile.job().active());
    }
}
