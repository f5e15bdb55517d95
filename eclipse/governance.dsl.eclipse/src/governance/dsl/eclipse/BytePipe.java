package governance.dsl.eclipse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * A bounded in-memory pipe between threads: the output end blocks while the buffer is full, the
 * input end while it is empty. Unlike {@link java.io.PipedInputStream}, any thread may write and
 * read, and a writer thread that ends does not break the pipe ("Write end dead"): the server's and
 * the editor's threads come and go. Closing the output end ends the input at the buffered bytes;
 * closing the input end makes further writes fail.
 */
final class BytePipe {

	private final byte[] buffer;
	private int readAt;
	private int count;
	private boolean outputClosed;
	private boolean inputClosed;

	BytePipe(int capacity) {
		buffer = new byte[capacity];
	}

	private final InputStream input = new InputStream() {
		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			synchronized (BytePipe.this) {
				while (count == 0) {
					if (outputClosed || inputClosed) {
						return -1;
					}
					waitForChange();
				}
				int n = Math.min(length, count);
				for (int i = 0; i < n; i++) {
					target[offset + i] = buffer[(readAt + i) % buffer.length];
				}
				readAt = (readAt + n) % buffer.length;
				count -= n;
				BytePipe.this.notifyAll();
				return n;
			}
		}

		@Override
		public int available() {
			synchronized (BytePipe.this) {
				return count;
			}
		}

		@Override
		public void close() {
			closeInput();
		}
	};

	private final OutputStream output = new OutputStream() {
		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] source, int offset, int length) throws IOException {
			synchronized (BytePipe.this) {
				int written = 0;
				while (written < length) {
					if (inputClosed || outputClosed) {
						throw new IOException("pipe closed");
					}
					if (count == buffer.length) {
						waitForChange();
						continue;
					}
					int n = Math.min(length - written, buffer.length - count);
					int writeAt = (readAt + count) % buffer.length;
					for (int i = 0; i < n; i++) {
						buffer[(writeAt + i) % buffer.length] = source[offset + written + i];
					}
					count += n;
					written += n;
					BytePipe.this.notifyAll();
				}
			}
		}

		@Override
		public void close() {
			closeOutput();
		}
	};

	private void waitForChange() throws InterruptedIOException {
		try {
			wait();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException();
		}
	}

	/** Ends what the input end reads, after the bytes already written. */
	void closeOutput() {
		synchronized (this) {
			outputClosed = true;
			notifyAll();
		}
	}

	/** Makes writes fail: nobody reads any more. */
	void closeInput() {
		synchronized (this) {
			inputClosed = true;
			notifyAll();
		}
	}

	InputStream input() {
		return input;
	}

	OutputStream output() {
		return output;
	}
}
