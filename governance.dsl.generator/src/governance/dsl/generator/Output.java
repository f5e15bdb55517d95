package governance.dsl.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder that generators write files into by relative path; parent folders are made as needed. */
public final class Output {

	private final Path root;

	public Output(Path root) {
		this.root = root;
	}

	public Path root() {
		return root;
	}

	public Path write(String relativePath, byte[] content) throws IOException {
		Path file = root.resolve(relativePath).normalize();
		if (!file.startsWith(root)) {
			throw new IOException("Refusing to write outside the output folder: " + relativePath);
		}
		Files.createDirectories(file.getParent());
		Files.write(file, content);
		return file;
	}

	public Path write(String relativePath, String text) throws IOException {
		return write(relativePath, text.getBytes(StandardCharsets.UTF_8));
	}
}
