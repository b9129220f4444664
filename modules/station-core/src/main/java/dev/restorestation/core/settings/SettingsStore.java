package dev.restorestation.core.settings;

/** Port: where the station keeps its settings between runs. */
public interface SettingsStore {

    StationSettings load();

    void save(StationSettings settings);
}
