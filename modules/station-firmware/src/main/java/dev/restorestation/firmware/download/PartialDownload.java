package dev.restorestation.firmware.download;

import dev.restorestation.core.files.FileAccess;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restorestation.firmware.store.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A download in progress on disk: {@code <key>.part} with the bytes so far and
 * {@code <key>.part.json} beside it saying what they are the start of (URL, size, SHA-1) and
 * which version of the server's file (ETag, Last-Modified), so a resume asks for the rest of
 * the same file only.
 */
record PartialDownload(Path data, Path metadata) {

    record Metadata(String url, long size, String sha1, String etag, String lastModified) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static PartialDownload in(Path folder, String key) {
        return new PartialDownload(folder.resolve(key + ".part"), folder.resolve(key + ".part.json"));
    }

    /**
     * What is known of the kept bytes, when they still belong to this request. Without a validator
     * for {@code If-Range} they are resumed all the same: the digests of the whole file are checked
     * against the catalog's, so bytes of another version of the file are caught and deleted.
     */
    Metadata resumable(DownloadRequest request) throws IOException {
        if (!Files.exists(data) || !Files.exists(metadata)) {
            return null;
        }
        try {
            Metadata kept = JSON.readValue(metadata.toFile(), Metadata.class);
            boolean same = kept.size() == request.size() && kept.sha1().equalsIgnoreCase(request.sha1());
            return same && Files.size(data) <= request.size() ? kept : null;
        } catch (IOException e) {
            return null;
        }
    }

    void describe(DownloadRequest request, String etag, String lastModified) throws IOException {
        Path temporary = metadata.resolveSibling(metadata.getFileName() + "." + UUID.randomUUID() + ".tmp");
        FileAccess.inFolderOf(temporary).write(temporary, JSON.writeValueAsBytes(new Metadata(request.url().toString(),
                request.size(), request.sha1(), etag == null ? "" : etag, lastModified == null ? "" : lastModified)));
        DurableFiles.publish(temporary, metadata);
    }

    void discard() throws IOException {
        Files.deleteIfExists(data);
        Files.deleteIfExists(metadata);
    }
}
