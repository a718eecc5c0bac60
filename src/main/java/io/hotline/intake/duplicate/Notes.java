package io.hotline.intake.duplicate;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the checks write the days in their flags' notes: 2026-11-23, the hotline's day. */
final class Notes {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

	private Notes() {
	}

}
