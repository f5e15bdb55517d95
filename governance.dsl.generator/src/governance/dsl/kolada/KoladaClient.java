package governance.dsl.kolada;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import governance.dsl.Messages;
import governance.dsl.kolada.KoladaSource.Group;
import governance.dsl.kolada.KoladaSource.Kpi;
import governance.dsl.kolada.KoladaSource.YearValues;

/**
 * Kolada's API over HTTP (the JDK's client): a timeout on connecting and on every answer, the pages
 * of {@code next_page} followed, and a bounded number of retries, with a growing pause, when the
 * server fails (5xx) or cannot be reached. Sends nothing but the KPI and municipality ids in the path.
 */
public final class KoladaClient implements KoladaSource {

	/** Attempts per request; the pause before attempt n+1 is backoff · 2^(n-1). */
	public static final int ATTEMPTS = 4;
	/** Kolada's pages are small; a loop of next_page addresses must still end. */
	private static final int MAX_PAGES = 1000;

	private final String base;
	private final HttpClient http;
	private final Duration timeout;
	private final Duration backoff;

	/** With the timeout and first pause from the system properties {@code govc.kolada.timeout} and {@code govc.kolada.backoff} (ms). */
	public KoladaClient(String base) {
		this(base, Duration.ofMillis(Long.getLong("govc.kolada.timeout", 30_000)),
				Duration.ofMillis(Long.getLong("govc.kolada.backoff", 1_000)));
	}

	public KoladaClient(String base, Duration timeout, Duration backoff) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.timeout = timeout;
		this.backoff = backoff;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	@Override
	public Kpi kpi(String id) throws KoladaException {
		String url = base + KoladaApi.kpiPath(id);
		HttpResponse<String> response = get(url);
		if (response.statusCode() == 404) {
			throw new KoladaException(Messages.get("kolada.unknownKpi", id), false);
		}
		checkStatus(response, url);
		Kpi kpi = KoladaJson.kpi(response.body(), url, id);
		if (kpi == null) {
			throw new KoladaException(Messages.get("kolada.unknownKpi", id), false);
		}
		return kpi;
	}

	@Override
	public Group group(String id) throws KoladaException {
		String url = base + KoladaApi.groupPath(id);
		HttpResponse<String> response = get(url);
		if (response.statusCode() == 404) {
			throw new KoladaException(Messages.get("kolada.unknownGroup", id), false);
		}
		checkStatus(response, url);
		Group group = KoladaJson.group(response.body(), url, id);
		if (group == null) {
			throw new KoladaException(Messages.get("kolada.unknownGroup", id), false);
		}
		return group;
	}

	@Override
	public List<YearValues> values(String kpi, String municipality, List<Integer> years) throws KoladaException {
		List<YearValues> values = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String url = base + KoladaApi.dataPath(kpi, municipality, years);
		while (url != null) {
			if (!seen.add(url) || seen.size() > MAX_PAGES) {
				throw new KoladaException(Messages.get("kolada.pageLoop", url), false);
			}
			HttpResponse<String> response = get(url);
			if (response.statusCode() == 404) {
				throw new KoladaException(Messages.get(KpiMetadata.isGroupId(municipality) ? "kolada.notFound.group"
						: "kolada.notFound", kpi, municipality, url), false);
			}
			checkStatus(response, url);
			KoladaJson.Page page = KoladaJson.page(response.body(), url, kpi, municipality, years);
			values.addAll(page.values());
			url = page.next();
		}
		return KoladaJson.merged(values);
	}

	private static void checkStatus(HttpResponse<String> response, String url) throws KoladaException {
		int status = response.statusCode();
		if (status >= 500) {
			throw new KoladaException(Messages.get("kolada.serverError", status, url, ATTEMPTS), true);
		}
		if (status >= 400) {
			throw new KoladaException(Messages.get("kolada.clientError", status, url, excerpt(response.body())), false);
		}
		if (status != 200) {
			throw new KoladaException(Messages.get("kolada.unexpectedStatus", status, url), false);
		}
	}

	/** The first line of an error's body, which often says what Kolada did not accept. */
	private static String excerpt(String body) {
		String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
		return line.isEmpty() ? "" : ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
	}

	/** The answer, after retrying a failing server or connection; a 5xx after the last attempt is returned. */
	private HttpResponse<String> get(String url) throws KoladaException {
		URI uri;
		try {
			uri = URI.create(url);
		} catch (IllegalArgumentException e) {
			throw new KoladaException(Messages.get("kolada.badAddress", url), true);
		}
		if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
			throw new KoladaException(Messages.get("kolada.badAddress", url), true);
		}
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
				.header("User-Agent", "govc").GET().build();
		String failure = null;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			if (attempt > 1) {
				pause(backoff.multipliedBy(1L << (attempt - 2)));
			}
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				if (response.statusCode() < 500 || attempt == ATTEMPTS) {
					return response;
				}
			} catch (HttpTimeoutException e) {
				failure = Messages.get("kolada.timeout", timeout.toMillis());
			} catch (java.net.ConnectException e) {
				// Java's own text ("Connection refused", or none) is English.
				failure = Messages.get("kolada.refused");
			} catch (javax.net.ssl.SSLException e) {
				failure = Messages.get("kolada.tls");
			} catch (IOException e) {
				failure = Messages.get("kolada.networkError", e.getClass().getSimpleName());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new KoladaException(Messages.get("kolada.interrupted"), true);
			}
		}
		throw new KoladaException(Messages.get("kolada.unreachable", uri.getHost() == null ? url : uri.getHost(), ATTEMPTS,
				failure), true);
	}

	private static void pause(Duration duration) throws KoladaException {
		try {
			Thread.sleep(duration.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new KoladaException(Messages.get("kolada.interrupted"), true);
		}
	}
}
