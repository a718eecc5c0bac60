package io.hotline.platform;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL cluster kept under {@code HOTLINE_DATA_DIR/postgres}. The cluster
 * survives restarts; a postmaster orphaned by a crashed platform process is shut down
 * before the new one starts, and a cluster still owned by a running platform is refused
 * with a clear message. Public for the command-line tasks that run a database of their
 * own for instances they start ({@code benchmark-cluster}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String OWNER_LOCK = "epg-lock";

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	public static EmbeddedPostgresServer start(Path dataDir) {
		Path cluster = dataDir.toAbsolutePath().resolve("postgres");
		try {
			Files.createDirectories(cluster);
			stopOrphanedPostmaster(cluster);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(cluster)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofMinutes(2))
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("fsync", "on")
				.setServerConfig("timezone", "Asia/Shanghai")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("max_connections", "100")
				.setServerConfig("commit_delay", "100")
				.setServerConfig("wal_compression", "on")
				.setServerConfig("max_wal_size", "2GB")
				.setLocaleConfig("locale", "C.UTF-8")
				.start();
			log.info("Embedded PostgreSQL serves {} on port {}", cluster, postgres.getPort());
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + cluster, ex);
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	/**
	 * The platform's JVM holds {@code epg-lock} while it runs its postmaster; a
	 * postmaster whose owner is gone was left behind by a crash, and is asked to shut
	 * down (fast mode) so that the new start finds a consistent cluster.
	 */
	private static void stopOrphanedPostmaster(Path cluster) throws IOException {
		Path pidFile = cluster.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (RandomAccessFile file = new RandomAccessFile(cluster.resolve(OWNER_LOCK).toFile(), "rw");
				FileLock lock = file.getChannel().tryLock()) {
			if (lock == null) {
				throw inUse(cluster);
			}
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
			ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(EmbeddedPostgresServer::shutDown);
		}
		catch (OverlappingFileLockException ex) {
			throw inUse(cluster);
		}
	}

	private static IllegalStateException inUse(Path cluster) {
		return new IllegalStateException("The data directory " + cluster.getParent()
				+ " is in use by another running hotline platform; stop it or set HOTLINE_DATA_DIR");
	}

	private static void shutDown(ProcessHandle postmaster) {
		log.warn("Stopping PostgreSQL postmaster {} left behind by an earlier platform process", postmaster.pid());
		try {
			// SIGINT would be a fast shutdown, but ProcessHandle only sends TERM (smart),
			// which is enough
			// here: the clients of the orphan died with their process.
			postmaster.destroy();
			postmaster.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			postmaster.destroyForcibly();
		}
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
