package io.hotline.platform;

import java.time.Duration;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;

/**
 * How the pool to an external PostgreSQL lets go of a server that died and finds the one
 * that took over (docs/deployment.md): a multi-host {@code HOTLINE_DB_URL} with
 * {@code targetServerType=primary} names the primary and its standby, the driver skips
 * the one that does not accept writes and looks again after {@code hostRecheckSeconds}; a
 * connection is given up within seconds rather than the driver's and the pool's defaults
 * (no connect timeout of its own, 30 s). Parameters written into the URL win over these.
 */
final class FailoverSettings {

	/** The driver's defaults for an external database, each overridden by the URL. */
	static final Map<String, String> DRIVER = Map.of("connectTimeout", "5", "loginTimeout", "10", "hostRecheckSeconds",
			"2", "tcpKeepAlive", "true");

	private FailoverSettings() {
	}

	static void apply(HikariConfig config, Duration connectionTimeout) {
		DRIVER.forEach(config::addDataSourceProperty);
		// a request waits this long for a connection while no server accepts writes
		config.setConnectionTimeout(connectionTimeout.toMillis());
		config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
		// idle connections are tried every 30 s, so that one to a vanished host is
		// dropped before a request takes it
		config.setKeepaliveTime(Duration.ofSeconds(30).toMillis());
	}

}
