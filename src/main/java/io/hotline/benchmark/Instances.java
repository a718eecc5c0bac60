package io.hotline.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Identical instances of the platform, each a process of this jar as an operator runs it
 * ({@code deploy/systemd}), on one PostgreSQL named by {@code HOTLINE_DB_URL}, each with
 * a data directory and a port of its own and its output in {@code platform.log} there.
 * They start one after another (the first seeds an empty database with the demo; the
 * others find it seeded) and stop together, as by {@code systemctl stop}.
 */
final class Instances implements AutoCloseable {

	static final Duration START = Duration.ofMinutes(5);

	private final List<Process> processes = new ArrayList<>();

	private final List<Integer> ports = new ArrayList<>();

	private Instances() {
	}

	static Instances start(Path jar, int count, String databaseUrl, Path directory)
			throws IOException, InterruptedException {
		return start(jar, count, databaseUrl, directory, 0);
	}

	/**
	 * So many instances, each told it has {@code cores} processors where more than 0 (a
	 * share of a machine they share, as a container's CPU limit tells a JVM), else the
	 * machine's.
	 */
	static Instances start(Path jar, int count, String databaseUrl, Path directory, int cores)
			throws IOException, InterruptedException {
		Instances instances = new Instances();
		try {
			for (int i = 1; i <= count; i++) {
				instances.startOne(jar, databaseUrl, directory.resolve("instance-" + i), cores);
			}
			return instances;
		}
		catch (IOException | RuntimeException | InterruptedException ex) {
			instances.close();
			throw ex;
		}
	}

	/**
	 * One instance with an environment of its own (beside its data directory and port)
	 * and command-line arguments: a node of a province's network, on its own embedded
	 * database unless the environment names one.
	 */
	static Instances node(Path jar, Path dataDir, Map<String, String> environment, List<String> arguments)
			throws IOException, InterruptedException {
		Instances instances = new Instances();
		try {
			instances.startWith(jar, dataDir, 0, environment, arguments);
			return instances;
		}
		catch (IOException | RuntimeException | InterruptedException ex) {
			instances.close();
			throw ex;
		}
	}

	private void startOne(Path jar, String databaseUrl, Path dataDir, int cores)
			throws IOException, InterruptedException {
		startWith(jar, dataDir, cores, Map.of("HOTLINE_DB_URL", databaseUrl, "HOTLINE_DB_USER", "postgres",
				"HOTLINE_DB_PASSWORD", "postgres", "SERVER_FORWARD_HEADERS_STRATEGY", "native"), List.of());
	}

	private void startWith(Path jar, Path dataDir, int cores, Map<String, String> environment, List<String> arguments)
			throws IOException, InterruptedException {
		Files.createDirectories(dataDir);
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
		if (cores > 0) {
			command.add("-XX:ActiveProcessorCount=" + cores);
		}
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("platform.log").toFile());
		builder.environment()
			.putAll(Map.of("HOTLINE_DATA_DIR", dataDir.toString(), "SERVER_PORT", Integer.toString(port)));
		builder.environment().putAll(environment);
		Process process = builder.start();
		this.processes.add(process);
		long deadline = System.nanoTime() + START.toNanos();
		while (!up(port)) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("instance on port " + port + " did not start; the end of "
						+ dataDir.resolve("platform.log") + ":\n" + tail(dataDir.resolve("platform.log")));
			}
			Thread.sleep(500);
		}
		this.ports.add(port);
	}

	/**
	 * The last lines of a log, for a failure's message (the log may be removed with it).
	 */
	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	/** The instances' processes, in order. */
	List<ProcessHandle> processes() {
		return this.processes.stream().map(Process::toHandle).toList();
	}

	List<Integer> ports() {
		return List.copyOf(this.ports);
	}

	/** Whether the server at the port answers its health as UP. */
	static boolean up(int port) {
		try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", port)) {
			LoopbackHttp.Answer answer = http.send("GET", "/actuator/health", null, null, null);
			return answer.status() == 200 && answer.text().contains("\"UP\"");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Stops every instance (SIGTERM, then SIGKILL after a minute) and waits. */
	@Override
	public void close() throws InterruptedException {
		this.processes.forEach(Process::destroy);
		for (Process process : this.processes) {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

}
