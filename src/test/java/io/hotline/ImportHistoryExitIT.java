package io.hotline;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A command-line task exits with its own work's code and leaves nothing running behind
 * it: {@code import-history} of the real Boston file on a fresh data directory ends with
 * exit 0, without a crash of the JVM (no {@code hs_err_pid*.log}, as when a worker was
 * creating an ONNX session while the JVM exited) and without a worker failing on a closed
 * database; and it starts no background work of its own (no index rebuild, no catch-up).
 */
class ImportHistoryExitIT {

	@TempDir
	Path work;

	@Test
	void importHistoryExitsCleanlyWithoutBackgroundWork() throws Exception {
		Path file = Path.of(System.getProperty("shared.dir", "../shared"), "data", "311",
				"boston_311_2015_partial.csv.gz");
		assumeTrue(Files.isRegularFile(file), "the shared Boston 311 file is absent: " + file);
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = this.work.resolve("task.log");
		ProcessBuilder builder = new ProcessBuilder(java, "-jar", new File("target/hotline.jar").getAbsolutePath(),
				"import-history", "--format", "boston311", "--input", file.toAbsolutePath().toString(), "--rejects",
				this.work.resolve("rejects.csv").toString());
		builder.directory(this.work.toFile());
		builder.environment().put("HOTLINE_DATA_DIR", this.work.resolve("data").toString());
		builder.redirectErrorStream(true);
		builder.redirectOutput(log.toFile());
		Process process = builder.start();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the task ended; see " + log).isTrue();
		String output = Files.readString(log);
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("loaded")
			.doesNotContain("has been closed", "Socket closed", "SIGSEGV", "background worker")
			.doesNotContain("recent-orders index", "order facts:", "recent meanings");
		try (Stream<Path> files = Files.list(this.work)) {
			assertThat(files.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.startsWith("hs_err_pid"));
		}
	}

}
