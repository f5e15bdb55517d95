package governance.dsl.tests.kolada;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Kolada's API on 127.0.0.1: canned answers in Kolada's format, made by the tests,
 * by path below /v3. An answer given "once" comes before the lasting one, so a test can make the
 * server fail first and then answer. Anything else is a 404.
 */
final class KoladaServer implements AutoCloseable {

	record Answer(int status, String body, long delayMillis) {
	}

	private final HttpServer server;
	private final Map<String, Answer> lasting = new ConcurrentHashMap<>();
	private final Map<String, Deque<Answer>> once = new ConcurrentHashMap<>();
	final List<String> requests = Collections.synchronizedList(new ArrayList<>());

	KoladaServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getRawPath();
			String query = exchange.getRequestURI().getRawQuery();
			String key = path.startsWith("/v3") ? path.substring(3) : path;
			key = query == null ? key : key + "?" + query;
			requests.add(key);
			Deque<Answer> queued = once.get(key);
			Answer answer = queued != null && !queued.isEmpty() ? queued.poll() : lasting.get(key);
			if (answer == null) {
				answer = new Answer(404, "{\"error\": \"Not found\"}", 0);
			}
			if (answer.delayMillis() > 0) {
				try {
					Thread.sleep(answer.delayMillis());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
			try {
				exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			} catch (IOException e) {
				// The client gave up waiting (a timeout test): nothing to answer.
			}
		});
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
	}

	String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/v3";
	}

	KoladaServer on(String path, int status, String body) {
		lasting.put(path, new Answer(status, body, 0));
		return this;
	}

	KoladaServer once(String path, int status, String body) {
		once.computeIfAbsent(path, k -> new ArrayDeque<>()).add(new Answer(status, body, 0));
		return this;
	}

	KoladaServer slow(String path, long delayMillis, String body) {
		lasting.put(path, new Answer(200, body, delayMillis));
		return this;
	}

	long count(String path) {
		return requests.stream().filter(path::equals).count();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	// --- Kolada's format --------------------------------------------------------------------------------

	/** An entry of /data: T, K and M as JSON tokens ("78.3", "null"); a null argument leaves the gender out. */
	static String entry(String kpi, String municipality, int year, String total, String women, String men) {
		StringBuilder values = new StringBuilder();
		String[][] genders = { { "T", total }, { "K", women }, { "M", men } };
		for (String[] gender : genders) {
			if (gender[1] != null) {
				values.append(values.isEmpty() ? "" : ", ").append("{\"gender\": \"").append(gender[0])
						.append("\", \"count\": 1, \"status\": \"\", \"value\": ").append(gender[1]).append('}');
			}
		}
		return "{\"kpi\": \"" + kpi + "\", \"municipality\": \"" + municipality + "\", \"period\": " + year
				+ ", \"values\": [" + values + "]}";
	}

	/** A page of /data with the entries, and the address of the next page or null. */
	static String page(String next, String... entries) {
		return "{\"count\": " + entries.length + ", \"values\": [" + String.join(", ", entries) + "]"
				+ (next == null ? "" : ", \"next_page\": \"" + next + "\"") + "}";
	}

	/** The answer of /municipality_groups/{id}: the group and its members (id, title). */
	static String group(String id, String title, String... members) {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i + 1 < members.length; i += 2) {
			list.append(list.isEmpty() ? "" : ", ").append("{\"id\": \"").append(members[i]).append("\", \"title\": \"")
					.append(members[i + 1]).append("\"}");
		}
		return "{\"count\": 1, \"values\": [{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"members\": [" + list
				+ "]}]}";
	}

	/** The answer of /kpi/{id}. */
	static String kpi(String id, String title, int dividedByGender, String publicationDate) {
		return "{\"count\": 1, \"values\": [{\"id\": \"" + id + "\", \"title\": \"" + title
				+ "\", \"description\": \"…\", \"is_divided_by_gender\": " + dividedByGender
				+ ", \"municipality_type\": \"K\", \"operating_area\": \"Test\""
				+ (publicationDate == null ? "" : ", \"publication_date\": \"" + publicationDate + "\"") + "}]}";
	}
}
