package io.hotline.workforce.roster;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The benchmark's staffing lines and the day's shape it staffs (the solve is measured by
 * the command).
 */
class RosterFiguresTests {

	@Test
	void printsTheStaffingCheck() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		RosterFigures.printStaffingCheck(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		String lines = bytes.toString(StandardCharsets.UTF_8);
		assertThat(lines).contains("mean wait 26.56 s", "answered within 15 s 70.1 %", "Erlang A");
	}

	@Test
	void theDayIsShapedFromTheHistoryOrBuiltIn() {
		CallShape builtIn = CallShape.of(Path.of("no-such-file.csv"));
		assertThat(builtIn.source()).isEqualTo("built-in shape");
		CallShape shape = CallShape.of(RosterFigures.BANK_CALLS);
		double[] tuesday = shape.calls(DayOfWeek.TUESDAY, false, 1000);
		double[] sunday = shape.calls(DayOfWeek.SUNDAY, false, 1000);
		assertThat(Arrays.stream(sunday).sum()).isCloseTo(550, within(1e-6));
		// nights are quiet, mid-morning busy
		assertThat(tuesday[2]).isLessThan(tuesday[20]);
		assertThat(Arrays.stream(shape.calls(DayOfWeek.TUESDAY, true, 1000)).sum()).isCloseTo(550, within(1e-6));
	}

	@Test
	void theMonthOffersShorterShiftsBesidesTheEightHourOnesUnlessLeftOut() {
		java.util.List<ShiftTemplate> shifts = new SampleMonth(10, Path.of("no-such-file.csv")).shifts();
		assertThat(shifts).extracting(ShiftTemplate::code).contains("E7", "N23", "S7", "S13", "P9", "P17");
		assertThat(shifts).filteredOn((s) -> s.length().toHours() < 8).hasSize(4);
		assertThat(new SampleMonth(10, Path.of("no-such-file.csv"), false).shifts()).hasSize(8)
			.allMatch((s) -> s.length().toHours() == 8);
	}

}
