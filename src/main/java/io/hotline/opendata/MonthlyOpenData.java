package io.hotline.opendata;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;

import io.hotline.platform.HotlineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * On the 1st of each month at 02:00 (China Standard Time) writes the last month's open
 * data under {@code HOTLINE_DATA_DIR/open-data/};
 * {@code hotline.open-data.schedule=false} ({@code HOTLINE_OPENDATA_SCHEDULE=false})
 * turns it off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "hotline.open-data.schedule", havingValue = "true", matchIfMissing = true)
class MonthlyOpenData {

	private static final Logger log = LoggerFactory.getLogger(MonthlyOpenData.class);

	private final OpenData openData;

	private final HotlineProperties properties;

	MonthlyOpenData(OpenData openData, HotlineProperties properties) {
		this.openData = openData;
		this.properties = properties;
	}

	@Scheduled(cron = "${hotline.open-data.cron:0 0 2 1 * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "open-data-monthly", lockAtLeastFor = "PT1M", lockAtMostFor = "PT2H")
	void exportLastMonth() throws IOException {
		YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
		this.openData.write(month, this.properties.dataDir().resolve("open-data"));
		log.info("Wrote the open data of {}", month);
	}

}
