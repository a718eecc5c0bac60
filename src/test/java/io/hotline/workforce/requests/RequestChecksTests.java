package io.hotline.workforce.requests;

import java.time.LocalDate;

import io.hotline.platform.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks of a request's fields, each refusal naming its problem. */
class RequestChecksTests {

	static final LocalDate TODAY = LocalDate.of(2034, 3, 10);

	@Test
	void daysMustBeGivenValidAndNotPast() {
		assertThat(RequestChecks.day("from", "2034-03-10", TODAY)).isEqualTo(TODAY);
		assertRefused(() -> RequestChecks.day("from", null, TODAY), "workforce.request.required");
		assertRefused(() -> RequestChecks.day("from", "10/03/2034", TODAY), "workforce.request.bad-date");
		assertRefused(() -> RequestChecks.day("from", "2034-03-09", TODAY), "workforce.request.past");
	}

	@Test
	void leaveIsInOrderWithinAMonthAndOfAKnownKind() {
		RequestChecks.leaveDays(TODAY, TODAY);
		assertRefused(() -> RequestChecks.leaveDays(TODAY, TODAY.minusDays(1)), "workforce.request.reversed");
		assertRefused(() -> RequestChecks.leaveDays(TODAY, TODAY.plusMonths(1)), "workforce.request.one-month");
		assertThat(RequestChecks.leaveKind(" 病假 ")).isEqualTo("病假");
		assertRefused(() -> RequestChecks.leaveKind("旅游假"), "workforce.request.bad-leave-kind");
		assertThat(RequestChecks.kind("swap")).isEqualTo(RequestKind.SWAP);
		assertRefused(() -> RequestChecks.kind("HOLIDAY"), "workforce.request.bad-kind");
	}

	private static void assertRefused(Runnable check, String key) {
		assertThatThrownBy(check::run).isInstanceOfSatisfying(Problem.class, (problem) -> {
			assertThat(problem.kind()).isEqualTo(Problem.Kind.INVALID);
			assertThat(problem.getCodes()).contains(key);
		});
	}

}
