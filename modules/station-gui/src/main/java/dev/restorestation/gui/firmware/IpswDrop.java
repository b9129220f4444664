package dev.restorestation.gui.firmware;

import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.TransferHandler;

/** Takes {@code .ipsw} files dropped from the desktop's file manager; anything else is refused with a reason. */
final class IpswDrop extends TransferHandler {

    private final Consumer<List<Path>> onIpsw;
    private final Consumer<String> onRefused;

    IpswDrop(Consumer<List<Path>> onIpsw, Consumer<String> onRefused) {
        this.onIpsw = onIpsw;
        this.onRefused = onRefused;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        List<File> files;
        try {
            files = fileList(support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor));
        } catch (UnsupportedFlavorException | IOException e) {
            onRefused.accept(Texts.text("drop.notRead", UiTask.describe(e)));
            return false;
        }
        List<Path> ipsw = ipswFiles(files);
        int refused = files.size() - ipsw.size();
        if (refused > 0) {
            onRefused.accept(refused == 1 && files.size() == 1
                    ? Texts.text("drop.notIpsw", files.get(0).getName())
                    : Texts.text("drop.someNotIpsw", refused));
        }
        if (!ipsw.isEmpty()) {
            onIpsw.accept(ipsw);
        }
        return !ipsw.isEmpty();
    }

    /** The regular files among {@code files} whose name ends in {@code .ipsw}, in any case. */
    static List<Path> ipswFiles(List<File> files) {
        return files.stream()
                .filter(file -> file.getName().toLowerCase(Locale.ROOT).endsWith(".ipsw") && !file.isDirectory())
                .map(File::toPath)
                .toList();
    }

    private static List<File> fileList(Object data) {
        if (!(data instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(File.class::isInstance).map(File.class::cast).toList();
    }
}
