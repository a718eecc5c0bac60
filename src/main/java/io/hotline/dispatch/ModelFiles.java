package io.hotline.dispatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.FileSystemUtils;

/**
 * The files of the dispatch model's versions, in the database
 * ({@code dispatch_model_file}) rather than in a folder of one instance: stored once a
 * version is trained, and written into a temporary folder of the instance that loads the
 * version (the classifiers and the Lucene index read files), each checked against its
 * SHA-256.
 */
@Component
class ModelFiles {

	private final JdbcClient jdbc;

	ModelFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores every file under the folder as the version's, all or none; the bytes stored.
	 */
	@Transactional
	long store(int version, Path folder, Instant at) throws IOException {
		this.jdbc.sql("delete from dispatch_model_file where version = ?").param(version).update();
		long total = 0;
		for (Path file : files(folder)) {
			byte[] content = Files.readAllBytes(file);
			this.jdbc
				.sql("insert into dispatch_model_file (version, path, size, sha256, content, stored_at) "
						+ "values (?, ?, ?, ?, ?, ?)")
				.params(version, relative(folder, file), content.length, sha256(content), content, Timestamp.from(at))
				.update();
			total += content.length;
		}
		this.jdbc.sql("update dispatch_model set stored_at = ?, stored_bytes = ? where version = ?")
			.params(Timestamp.from(at), total, version)
			.update();
		return total;
	}

	/** Whether the version's files are stored. */
	boolean stored(int version) {
		return this.jdbc.sql("select exists (select 1 from dispatch_model_file where version = ?)")
			.param(version)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The version's files written into a new temporary folder (the caller removes it), or
	 * none where the version has no files; fails where a file is not what was stored.
	 */
	Optional<Path> extract(int version) throws IOException {
		List<String> paths = this.jdbc.sql("select path from dispatch_model_file where version = ? order by path")
			.param(version)
			.query(String.class)
			.list();
		if (paths.isEmpty()) {
			return Optional.empty();
		}
		Path folder = Files.createTempDirectory("hotline-dispatch-v" + version + "-");
		try {
			for (String path : paths) {
				write(version, path, folder);
			}
			return Optional.of(folder);
		}
		catch (IOException | RuntimeException ex) {
			FileSystemUtils.deleteRecursively(folder);
			throw ex;
		}
	}

	/** Forgets the version's files (an old version). */
	@Transactional
	void delete(int version, Instant at) {
		this.jdbc.sql("delete from dispatch_model_file where version = ?").param(version).update();
		this.jdbc.sql("update dispatch_model set files_removed_at = ? where version = ? and files_removed_at is null")
			.params(Timestamp.from(at), version)
			.update();
	}

	/**
	 * The ready versions whose files were never stored: those an installation from before
	 * issue 18 kept in its data folder (a version whose files were stored once, removed
	 * since, is not one of them).
	 */
	List<Integer> neverStored() {
		return this.jdbc
			.sql("select version from dispatch_model where status = ? and stored_at is null order by version")
			.param(ModelVersion.READY)
			.query(Integer.class)
			.list();
	}

	private void write(int version, String path, Path folder) throws IOException {
		Stored stored = this.jdbc.sql("select sha256, content from dispatch_model_file where version = ? and path = ?")
			.params(version, path)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getBytes(2)))
			.single();
		if (!stored.sha256().equals(sha256(stored.content()))) {
			throw new IOException("dispatch model v" + version + ": " + path + " is not what was stored");
		}
		Path file = folder.resolve(path).normalize();
		if (!file.startsWith(folder)) {
			throw new IOException("dispatch model v" + version + ": " + path + " is outside its folder");
		}
		Files.createDirectories(file.getParent());
		Files.write(file, stored.content());
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static String relative(Path folder, Path file) {
		return folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/");
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Stored(String sha256, byte[] content) {

	}

}
