package io.hotline.dispatch;

import java.util.List;
import java.util.Map;

import io.hotline.dispatch.DispatchAdvice.CoUnit;
import io.hotline.dispatch.DispatchAdvice.Suggestion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 一单多事: the clauses of a text and the cooperating units they call for. */
class MattersTests {

	private static final String ROAD = "北京路12号门口的路面有一个大坑，车辆经过很危险。";

	private static final String NOISE = "另外同一地址的饭店每晚噪音很大，影响居民休息。";

	@Test
	void sentencesAndMarkedClausesAreMattersShortOnesJoinTheOneBefore() {
		assertThat(Matters.clauses(ROAD + NOISE)).containsExactly(ROAD, NOISE);
		assertThat(Matters.clauses("北京路12号门口的路面有一个大坑，还有同一地址的饭店每晚噪音很大")).containsExactly("北京路12号门口的路面有一个大坑",
				"还有同一地址的饭店每晚噪音很大");
		assertThat(Matters.clauses("小区楼下的路灯坏了一个多月，晚上一片漆黑，老人出门很不安全")).as("a comma alone does not split").hasSize(1);
		assertThat(Matters.clauses(ROAD + "谢谢！")).containsExactly(ROAD + "谢谢！");
		assertThat(Matters.clauses(ROAD + "希望相关部门尽快处理，谢谢。")).as("courtesies and requests are no matter")
			.containsExactly(ROAD + "希望相关部门尽快处理，谢谢。");
		assertThat(Matters.clauses("  ")).isEmpty();
	}

	@Test
	void aConfidentUnitOfAnotherClauseIsACooperatingUnit() {
		Suggestion roads = new Suggestion("R", "道路", 1, "市政所", 0.8);
		Suggestion food = new Suggestion("N", "噪音", 2, "市场监管所", 0.06);
		Suggestion foodToo = new Suggestion("N2", "油烟", 2, "市场监管所", 0.05);
		String vague = "再就是楼下的情况我也说不清楚。";
		Map<String, List<Suggestion>> byClause = Map.of(ROAD, List.of(roads), NOISE,
				List.of(food, foodToo, new Suggestion("R", "道路", 1, "市政所", 0.02)), vague,
				List.of(new Suggestion("X", "其他", 3, "街道办", 0.06), new Suggestion("Y", "其他", 4, "区政府", 0.05)));
		List<CoUnit> coUnits = Matters.coUnits(ROAD + NOISE + vague, roads, byClause::get);
		assertThat(coUnits).as("a unit's categories add up; a unit without a lead is no matter")
			.extracting(CoUnit::unitId)
			.containsExactly(2L);
		assertThat(coUnits.get(0).probability()).isEqualTo(0.11);
		assertThat(coUnits.get(0).clause()).isEqualTo(NOISE);
		assertThat(coUnits.get(0).unitName()).isEqualTo("市场监管所");
		assertThat(Matters.coUnits(ROAD, roads, byClause::get)).as("one matter").isEmpty();
		assertThat(Matters.coUnits(ROAD + NOISE, food, Map.of(ROAD, List.of(roads), NOISE, List.of(food))::get))
			.as("the core unit is not a cooperating unit")
			.extracting(CoUnit::unitId)
			.containsExactly(1L);
	}

	@Test
	void twoMattersNameOneCooperatingUnitEvenWhereTheCoreIsNeitherClausesOwn() {
		Suggestion roads = new Suggestion("R", "道路", 1, "市政所", 0.5);
		Suggestion food = new Suggestion("N", "噪音", 2, "市场监管所", 0.6);
		Suggestion core = new Suggestion("C", "城管", 3, "城管中队", 0.3);
		List<CoUnit> coUnits = Matters.coUnits(ROAD + NOISE, core,
				Map.of(ROAD, List.of(roads), NOISE, List.of(food))::get);
		assertThat(coUnits).as("one of two matters is the core unit's: the more probable other one cooperates")
			.extracting(CoUnit::unitId)
			.containsExactly(2L);
	}

}
