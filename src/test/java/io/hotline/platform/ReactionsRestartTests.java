package io.hotline.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.hotline.HotlineApplication;
import io.hotline.workorder.Caller;
import io.hotline.workorder.Channel;
import io.hotline.workorder.Location;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Urgency;
import io.hotline.workorder.WorkOrders;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reaction that an instance did not do before it ended (interrupted between the
 * registration's commit and the reaction, as by a crash) is done once by the next
 * instance at its start, on the same database: the publication stored with the order is
 * resubmitted ({@code republish-outstanding-events-on-restart}).
 */
class ReactionsRestartTests {

	@Test
	void aReactionLeftUndoneIsDoneOnceByTheNextInstanceAtItsStart() throws Exception {
		Path serverDir = Files.createTempDirectory(Path.of("target"), "external-");
		Path dataDir = Files.createTempDirectory(Path.of("target"), "external-platform-");
		try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(serverDir)) {
			JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), "postgres", ""));
			long order;
			try (ConfigurableApplicationContext first = start(database, dataDir)) {
				first.getBean(Reactions.class).interruptNext("linkage");
				WorkOrders orders = first.getBean(WorkOrders.class);
				order = orders
					.register(new Registration(null, Channel.PHONE, OrderType.COMPLAINT, Urgency.NORMAL, null,
							"拖欠工资半年了，实在活不下去了 " + UUID.randomUUID(), null, Location.UNKNOWN, null,
							new Caller("王五", "13900000000"), "agent1", orders.now(), null))
					.id()
					.value();
				assertThat(first.getBean(Workers.class).awaitIdle(Duration.ofSeconds(60))).isTrue();
				assertThat(flags(jdbc, order)).as("the instance ends before its linkage was done").isZero();
			}
			assertThat(jdbc.queryForObject(
					"select count(*) from event_publication where listener_id = 'linkage' and completion_date is null",
					Long.class))
				.isEqualTo(1);

			try (ConfigurableApplicationContext second = start(database, dataDir)) {
				Instant until = Instant.now().plusSeconds(60);
				while (flags(jdbc, order) == 0 && Instant.now().isBefore(until)) {
					Thread.sleep(100);
				}
				assertThat(second.getBean(Workers.class).awaitIdle(Duration.ofSeconds(60))).isTrue();
				assertThat(flags(jdbc, order)).as("flagged once after the restart").isEqualTo(1);
				assertThat(jdbc.queryForObject(
						"select count(*) from work_order_event where order_id = ? and type = 'SUPERVISED'", Long.class,
						order))
					.as("supervised once")
					.isEqualTo(1);
				assertThat(jdbc.queryForObject(
						"select count(*) from event_publication where listener_id = 'linkage' and completion_date is null",
						Long.class))
					.isZero();
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(serverDir);
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	private static ConfigurableApplicationContext start(EmbeddedPostgresServer database, Path dataDir) {
		return new SpringApplicationBuilder(HotlineApplication.class).web(WebApplicationType.NONE)
			.run("--hotline.data-dir=" + dataDir, "--hotline.db.url=" + database.jdbcUrl(),
					"--hotline.db.user=postgres", "--hotline.db.password=", "--hotline.demo.enabled=false",
					"--logging.level.root=warn", "--hotline.analytics.hotspots-at-start=false",
					"--hotline.duplicates.meaning=false", "--hotline.duplicates.meaning-backfill=false");
	}

	private static long flags(JdbcTemplate jdbc, long order) {
		return jdbc.queryForObject("select count(*) from order_flag where order_id = ? and kind = 'RISK'", Long.class,
				order);
	}

}
