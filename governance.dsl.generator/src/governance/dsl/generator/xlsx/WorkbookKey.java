package governance.dsl.generator.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import governance.dsl.Messages;
import governance.dsl.build.FileSystemFailure;

/**
 * The workspace's secret for the workbooks' fingerprint: an HMAC-SHA256 key, so that only who holds
 * it can make a fingerprint the import accepts (an unkeyed hash of public ids can be recomputed by
 * anyone). It lives in {@value #FILE} beside the workspace's files (mode 0600, git-ignored), or comes
 * from the environment ({@value #ENVIRONMENT}) or a file the user names. Its bytes are never printed:
 * {@link #toString()} hides them.
 */
public final class WorkbookKey {

	public static final String FILE = ".styrmodell-nyckel";
	public static final String ENVIRONMENT = "STYRMODELL_NYCKEL";
	private static final int BYTES = 32;

	private final byte[] secret;

	private WorkbookKey(byte[] secret) {
		this.secret = secret.clone();
	}

	/** A key from its text (base64, as in the key file and the environment variable). */
	public static WorkbookKey parse(String text, String where) throws KeyProblem {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(text.strip());
		} catch (IllegalArgumentException e) {
			throw new KeyProblem(Messages.get("key.notBase64", where));
		}
		if (bytes.length < 16) {
			throw new KeyProblem(Messages.get("key.tooShort", where, bytes.length));
		}
		return new WorkbookKey(bytes);
	}

	public static WorkbookKey random() {
		byte[] bytes = new byte[BYTES];
		new SecureRandom().nextBytes(bytes);
		return new WorkbookKey(bytes);
	}

	/** The key of a file the user names ({@code --nyckel <fil>}). */
	public static WorkbookKey read(Path file) throws KeyProblem {
		try {
			return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
		} catch (IOException e) {
			throw new KeyProblem(Messages.get("key.unreadable", file));
		}
	}

	/**
	 * The key for a build: the named file, else the environment's, else the workspace's key file,
	 * made (with its .gitignore entry) when the workspace has none yet.
	 */
	public static WorkbookKey forBuild(Path named, String environment, Path workspace) throws KeyProblem {
		WorkbookKey given = given(named, environment);
		if (given != null) {
			return given;
		}
		Path file = workspace.resolve(FILE);
		if (!Files.exists(file)) {
			create(file);
		}
		return read(file);
	}

	/** The key for an import, or null when there is none to verify with: an import never makes one. */
	public static WorkbookKey forImport(Path named, String environment, Path workspace) throws KeyProblem {
		WorkbookKey given = given(named, environment);
		if (given != null) {
			return given;
		}
		Path file = workspace.resolve(FILE);
		return Files.isRegularFile(file) ? read(file) : null;
	}

	private static WorkbookKey given(Path named, String environment) throws KeyProblem {
		if (named != null) {
			return read(named);
		}
		if (environment != null && !environment.isBlank()) {
			return parse(environment, ENVIRONMENT);
		}
		return null;
	}

	/** A new key file readable by its owner only (a secret), and the workspace's .gitignore names it. */
	static void create(Path file) throws KeyProblem {
		byte[] bytes = new byte[BYTES];
		new SecureRandom().nextBytes(bytes);
		try {
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			} catch (UnsupportedOperationException e) {
				Files.createFile(file);
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
			Path ignore = file.resolveSibling(".gitignore");
			String existing = Files.isRegularFile(ignore) ? Files.readString(ignore, StandardCharsets.UTF_8) : "";
			if (existing.lines().noneMatch(line -> line.strip().equals(FILE) || line.strip().equals("/" + FILE))) {
				String entry = (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + FILE + "\n";
				Files.writeString(ignore, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
		} catch (FileAlreadyExistsException e) {
			// Another build made it just now: that one is the key.
		} catch (IOException e) {
			throw new KeyProblem(Messages.get("key.notWritten", file, FileSystemFailure.reason(e)));
		} finally {
			Arrays.fill(bytes, (byte) 0);
		}
	}

	/** HMAC-SHA256 of the text, as 32 hex digits (128 bits). */
	public String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public String toString() {
		return "WorkbookKey[hemlig]";
	}

	/** A key that cannot be read or made, with a Swedish message. */
	public static final class KeyProblem extends Exception {
		private static final long serialVersionUID = 1L;

		public KeyProblem(String message) {
			super(message);
		}
	}
}
