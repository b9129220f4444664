package dev.restorestation.firmware.download;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import dev.restorestation.core.text.NetworkFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.Set;

/**
 * GET requests as the station makes them: the first URL and every redirect pass the
 * {@link TransferPolicy} (the client follows no redirect itself), the answer's headers come within
 * the idle time and its body is a {@link TimedBody}.
 */
public final class HttpTransfers {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final TransferPolicy policy;
    private final Patience patience;

    public HttpTransfers(HttpClient http, TransferPolicy policy, Patience patience) {
        this.http = http;
        this.policy = policy;
        this.patience = patience;
    }

    public TransferPolicy policy() {
        return policy;
    }

    public Patience patience() {
        return patience;
    }

    /** The first answer that is not a redirect; its body must be closed. */
    public HttpResponse<InputStream> get(URI url, Map<String, String> headers) throws IOException {
        URI next = policy.secure(url);
        for (int redirects = 0; ; redirects++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(next).timeout(patience.idle()).GET();
            headers.forEach(request::header);
            HttpResponse<InputStream> response = send(request.build());
            if (!REDIRECTS.contains(response.statusCode())) {
                return response;
            }
            response.body().close();
            String location = response.headers().firstValue("Location").orElseThrow(() -> new DownloadException(
                    response.uri().getHost() + " answered HTTP " + response.statusCode() + " without a Location", false));
            if (redirects == MAX_REDIRECTS) {
                throw new DownloadException(wording("failure.redirects", String.valueOf(MAX_REDIRECTS), url.getHost()), false);
            }
            next = policy.redirect(next, location);
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        String host = request.uri().getHost();
        try {
            return http.send(request, info -> new TimedBody(host, patience));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (HttpConnectTimeoutException e) {
            throw unreachable(request.uri(), e);
        } catch (HttpTimeoutException e) {
            throw new DownloadException(patience.stalled(host), true);
        } catch (IOException e) {
            throw unreachable(request.uri(), e);
        }
    }

    /** Why {@code url} could not be reached, in words; the JDK's own exception stays its cause, for the log. */
    public static DownloadException unreachable(URI url, IOException failure) {
        String place = url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
        return new DownloadException(wording("failure.unreachable", place, NetworkFailure.reason(failure)), true, failure);
    }
}
