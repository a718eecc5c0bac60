package io.hotline.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The packaged platform ({@code target/hotline.jar}) run as its own process, as an
 * operator runs it, with its output in {@code platform.log} of its data directory.
 */
public final class PlatformProcess {

	private PlatformProcess() {
	}

	/**
	 * Starts the platform on {@code port} and waits until its health is UP (3 minutes at
	 * most).
	 * @param environment environment variables beside the data directory and the port
	 * @param arguments command-line arguments ({@code --hotline.x=y})
	 */
	public static Process start(Path dataDir, int port, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new java.util.ArrayList<>(
				List.of(java, "-jar", new File("target/hotline.jar").getAbsolutePath()));
		command.addAll(List.of(arguments));
		Files.createDirectories(dataDir);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("HOTLINE_DATA_DIR", dataDir.toAbsolutePath().toString());
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		builder.environment().putAll(environment);
		builder.redirectErrorStream(true);
		builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log(dataDir).toFile()));
		Process process = builder.start();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("platform exited; see " + log(dataDir));
			}
			try {
				if (Api.anonymous(port).get("/actuator/health").text("status").equals("UP")) {
					return process;
				}
			}
			catch (RuntimeException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		process.destroyForcibly();
		throw new IllegalStateException("platform did not become ready; see " + log(dataDir));
	}

	public static Path log(Path dataDir) {
		return dataDir.resolve("platform.log");
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
