package dev.restorestation.devices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chip id + board id → product type, hardware model and marketing name, from the catalog the
 * station ships ({@code apple-devices.csv}).
 */
public final class DeviceCatalog {

    private static final String RESOURCE = "apple-devices.csv";
    private static final List<String> HEADER =
            List.of("product_type", "hardware_model", "board_id", "chip_id", "display_name");

    private final Map<Long, DeviceModel> byChipAndBoard;
    private final Map<String, DeviceModel> byProductType;
    private final Map<String, DeviceModel> byHardwareModel;

    private DeviceCatalog(List<DeviceModel> models) {
        Map<Long, DeviceModel> pairs = new HashMap<>();
        Map<String, DeviceModel> types = new HashMap<>();
        Map<String, DeviceModel> hardware = new HashMap<>();
        for (DeviceModel model : models) {
            DeviceModel clash = pairs.put(key(model.chipId(), model.boardId()), model);
            if (clash != null) {
                throw new IllegalStateException("device catalog lists CPID 0x%X BDID 0x%X twice: %s and %s"
                        .formatted(model.chipId(), model.boardId(), clash.productType(), model.productType()));
            }
            types.putIfAbsent(model.productType(), model);
            hardware.putIfAbsent(model.hardwareModel().toLowerCase(Locale.ROOT), model);
        }
        this.byChipAndBoard = Map.copyOf(pairs);
        this.byProductType = Map.copyOf(types);
        this.byHardwareModel = Map.copyOf(hardware);
    }

    /** The catalog shipped with the station. */
    public static DeviceCatalog bundled() {
        try (InputStream in = DeviceCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("device catalog resource is missing: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the device catalog", e);
        }
    }

    public static DeviceCatalog read(InputStream csv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !CsvLine.split(header).equals(HEADER)) {
            throw new IOException("device catalog header should be " + String.join(",", HEADER) + ", was: " + header);
        }
        List<DeviceModel> models = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = CsvLine.split(line);
            if (cells.size() != HEADER.size()) {
                throw new IOException("device catalog line " + number + " has " + cells.size() + " cells: " + line);
            }
            try {
                models.add(new DeviceModel(cells.get(0), cells.get(1), hex(cells.get(2)), hex(cells.get(3)), cells.get(4)));
            } catch (NumberFormatException e) {
                throw new IOException("device catalog line " + number + " has a bad hex id: " + line, e);
            }
        }
        return new DeviceCatalog(models);
    }

    public Optional<DeviceModel> find(int chipId, int boardId) {
        return Optional.ofNullable(byChipAndBoard.get(key(chipId, boardId)));
    }

    public Optional<DeviceModel> findByProductType(String productType) {
        return productType == null ? Optional.empty() : Optional.ofNullable(byProductType.get(productType));
    }

    /** By hardware model as restored reports it ({@code D22AP} or {@code d22ap}). */
    public Optional<DeviceModel> findByHardwareModel(String hardwareModel) {
        return hardwareModel == null ? Optional.empty()
                : Optional.ofNullable(byHardwareModel.get(hardwareModel.strip().toLowerCase(Locale.ROOT)));
    }

    /** A name for the tile even when the pair is not in the catalog. */
    public String describe(int chipId, int boardId) {
        return find(chipId, boardId)
                .map(DeviceModel::name)
                .orElse(String.format(Locale.ROOT, "Unknown Apple device (CPID 0x%04X, BDID 0x%02X)", chipId, boardId));
    }

    public List<DeviceModel> models() {
        List<DeviceModel> all = new ArrayList<>(byChipAndBoard.values());
        all.sort((a, b) -> a.productType().compareTo(b.productType()));
        return Collections.unmodifiableList(all);
    }

    private static long key(int chipId, int boardId) {
        return ((long) chipId << 32) | (boardId & 0xFFFFFFFFL);
    }

    private static int hex(String text) {
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        return Integer.parseInt(digits, 16);
    }
}
