package governance.dsl.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Independent work on every core, with the results in the order of the input, so that output
 * never depends on timing. The worker threads get the caller's context class loader: EMF and
 * POI find their packages and schemas through it, and in a Maven plugin that loader is the
 * plugin's, not the JVM's (the common fork-join pool would have the wrong one).
 */
public final class Parallel {

	private Parallel() {
	}

	public static <T, R> List<R> map(List<T> items, Function<T, R> work) {
		int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, items.size()));
		if (threads <= 1) {
			return items.stream().map(work).toList();
		}
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "govc-worker");
			thread.setDaemon(true);
			thread.setContextClassLoader(loader);
			return thread;
		});
		try {
			List<Future<R>> futures = new ArrayList<>();
			for (T item : items) {
				futures.add(pool.submit(() -> work.apply(item)));
			}
			List<R> results = new ArrayList<>();
			for (Future<R> future : futures) {
				results.add(future.get());
			}
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}
}
