package io.hotline.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.util.LinuxUtils;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A backup of the platform's database and its restore, timed, with PostgreSQL's own
 * tools: {@code pg_dump -Fc} and {@code pg_restore -j 2} into a new database where a
 * {@code pg_dump} of the server's major version is found ({@code HOTLINE_PG_BIN}, the
 * server's own directory, Debian's {@code /usr/lib/postgresql/N/bin}); otherwise (the
 * embedded binaries ship only initdb, pg_ctl and postgres) a base backup by the low-level
 * API ({@code pg_backup_start}, a copy of the data directory and its WAL,
 * {@code pg_backup_stop}), restored by starting the server's own binaries on the copy
 * (recovery) until it answers with its count of orders.
 */
final class DatabaseBackup {

	/** What was done, how long each half took, how big the backup is, what it holds. */
	record Times(String how, double backupSeconds, long bytes, double restoreSeconds, long restoredOrders) {

	}

	private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "pg_wal",
			"backup_label", "pg_replslot", "pg_stat_tmp");

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	DatabaseBackup(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	Times run(Path directory) throws Exception {
		FileSystemUtils.deleteRecursively(directory);
		Files.createDirectories(directory);
		try {
			Optional<Path> pgDump = pgDump();
			return pgDump.isPresent() ? dumpAndRestore(pgDump.get().getParent(), directory) : baseBackup(directory);
		}
		finally {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	/** A {@code pg_dump} that can read this server, if there is one. */
	Optional<Path> pgDump() {
		int major = this.jdbc.queryForObject("select current_setting('server_version_num')::int / 10000",
				Integer.class);
		List<Path> candidates = new ArrayList<>();
		Optional.ofNullable(System.getenv("HOTLINE_PG_BIN")).ifPresent((bin) -> candidates.add(Path.of(bin)));
		candidates.add(serverBin());
		candidates.add(Path.of("/usr/lib/postgresql/" + major + "/bin"));
		return candidates.stream()
			.map((bin) -> bin.resolve("pg_dump"))
			.filter(Files::isExecutable)
			.filter((pgDump) -> output(List.of(pgDump.toString(), "--version")).matches("(?s).* " + major + "\\..*"))
			.findFirst();
	}

	private Times dumpAndRestore(Path bin, Path directory) throws Exception {
		Path dump = directory.resolve("hotline.dump");
		String port = this.jdbc.queryForObject("select current_setting('port')", String.class);
		String database = this.jdbc.queryForObject("select current_database()", String.class);
		long started = System.nanoTime();
		exec(List.of(bin.resolve("pg_dump").toString(), "-h", "127.0.0.1", "-p", port, "-U", user(), "-Fc", "-f",
				dump.toString(), database), directory);
		double backup = seconds(started);
		this.jdbc.execute("drop database if exists benchmark_restore");
		this.jdbc.execute("create database benchmark_restore");
		try {
			started = System.nanoTime();
			exec(List.of(bin.resolve("pg_restore").toString(), "-h", "127.0.0.1", "-p", port, "-U", user(), "-j", "2",
					"-d", "benchmark_restore", dump.toString()), directory);
			double restore = seconds(started);
			String url = this.jdbc.queryForObject("select 'jdbc:postgresql://127.0.0.1:' || current_setting('port')",
					String.class) + "/benchmark_restore";
			return new Times("pg_dump -Fc / pg_restore -j 2", backup, Files.size(dump), restore, countOrders(url));
		}
		finally {
			this.jdbc.execute("drop database if exists benchmark_restore");
		}
	}

	private Times baseBackup(Path directory) throws Exception {
		Path copy = directory.resolve("base");
		Path data = Path.of(this.jdbc.queryForObject("select current_setting('data_directory')", String.class));
		long started = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("select pg_backup_start('benchmark-province', true)");
			copyTree(data, copy);
			try (ResultSet stop = statement.executeQuery("select labelfile from pg_backup_stop(false)")) {
				stop.next();
				Files.writeString(copy.resolve("backup_label"), stop.getString(1), StandardCharsets.UTF_8);
			}
		}
		// the WAL from the backup's start to its stop, which the restore replays
		Files.createDirectories(copy.resolve("pg_wal/archive_status"));
		try (Stream<Path> segments = Files.list(data.resolve("pg_wal"))) {
			for (Path segment : segments.filter(Files::isRegularFile).toList()) {
				Files.copy(segment, copy.resolve("pg_wal").resolve(segment.getFileName()));
			}
		}
		for (String empty : List.of("pg_replslot", "pg_stat_tmp")) {
			Files.createDirectories(copy.resolve(empty));
		}
		Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
		double backup = seconds(started);
		long bytes = size(copy);
		int port = freePort();
		Path pgCtl = serverBin().resolve("pg_ctl");
		started = System.nanoTime();
		exec(asServer(pgCtl.toString(), "-D", copy.toString(), "-l", directory.resolve("commands.log").toString(), "-w",
				"-t", "3600", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''",
				"start"), directory);
		try {
			long orders = countOrders("jdbc:postgresql://127.0.0.1:" + port + "/"
					+ this.jdbc.queryForObject("select current_database()", String.class));
			return new Times("base backup (pg_backup_start, copy, pg_backup_stop) / recovery by pg_ctl start", backup,
					bytes, seconds(started), orders);
		}
		finally {
			exec(asServer(pgCtl.toString(), "-D", copy.toString(), "-m", "fast", "-w", "stop"), directory);
		}
	}

	/** The directory of the running server's binaries, from its postmaster's command. */
	private Path serverBin() {
		Path data = Path.of(this.jdbc.queryForObject("select current_setting('data_directory')", String.class));
		try {
			long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
			return ProcessHandle.of(pid)
				.flatMap((postmaster) -> postmaster.info().command())
				.map((command) -> Path.of(command).getParent())
				.orElseThrow(() -> new IllegalStateException("cannot tell where the server's binaries live"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long countOrders(String url) throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		try (Connection connection = DriverManager.getConnection(url, user(), pool.getPassword());
				Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("select count(*) from work_order")) {
			count.next();
			return count.getLong(1);
		}
	}

	private String user() {
		return this.jdbc.queryForObject("select current_user", String.class);
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path relative = from.relativize(path);
				if (relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString())) {
					continue;
				}
				Path target = to.resolve(relative.toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else if (Files.isRegularFile(path)) {
					try {
						Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
					}
					catch (java.nio.file.NoSuchFileException ex) {
						// a file removed while copying (a temporary one): the WAL replays
						// it
					}
				}
			}
		}
	}

	private static long size(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile).mapToLong((path) -> path.toFile().length()).sum();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The server's command, as zonky starts it: PostgreSQL refuses to run as root, and is
	 * nobody in a user namespace of its own.
	 */
	private static List<String> asServer(String... command) {
		List<String> all = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			all.addAll(List.of("unshare", "-U"));
		}
		all.addAll(List.of(command));
		return all;
	}

	private static void exec(List<String> command, Path directory) throws Exception {
		Path log = directory.resolve("commands.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(command.get(0) + " failed: " + Files.readString(log));
		}
	}

	private static String output(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(1, TimeUnit.MINUTES);
			return text;
		}
		catch (IOException | InterruptedException ex) {
			return "";
		}
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

}
