package dev.restorestation.firmware.download;

import java.net.URI;

/**
 * One IPSW to download, with what a trusted catalog says about it.
 *
 * @param sha256 empty when the catalog has none
 */
public record DownloadRequest(URI url, long size, String sha1, String sha256) {
}
