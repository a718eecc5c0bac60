package io.hotline.dispatch;

import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一单多事 over HTTP, with the model the test context trains: a text with two clear matters
 * at one address gets its core unit (the first suggestion) and a cooperating unit for the
 * other matter, with the clause that calls for it; a text of one matter gets none.
 */
@HotlineTest
class CoUnitsHttpTest {

	private static final String ROAD_AND_RESTAURANT = TwoMatters.ROAD_AND_RESTAURANT;

	@LocalServerPort
	int port;

	/** The version active before the test, given back after it. */
	private int before;

	/**
	 * The model the context trained at its start (v1): the thresholds of the clauses were
	 * set on its probabilities, and another test may have left a later version active.
	 */
	@BeforeEach
	void startModel() {
		this.before = DispatchModelReady.activeVersion(this.port);
		activate(1);
	}

	@AfterEach
	void modelAsBefore() {
		activate(this.before);
	}

	private void activate(int version) {
		if (DispatchModelReady.activeVersion(this.port) != version) {
			assertThat(
					Api.as(this.port, "admin").post("/api/dispatch/models/" + version + "/activate", Map.of()).status())
				.isEqualTo(200);
		}
	}

	@Test
	void twoMattersGetACoreUnitAndACooperatingUnitWithTheClauseThatCallsForIt() {
		int withCoUnit = 0;
		for (String text : TwoMatters.TEXTS) {
			JsonNode advice = suggest(text);
			long core = advice.get("suggestions").get(0).get("unitId").asLong();
			JsonNode coUnits = advice.get("coUnits");
			assertThat(coUnits.size()).as(text).isLessThanOrEqualTo(1);
			for (JsonNode coUnit : coUnits) {
				withCoUnit++;
				assertThat(coUnit.get("unitId").asLong()).isNotEqualTo(core);
				// the clause that calls for it: one of the text's two sentences
				assertThat(Matters.clauses(text)).contains(coUnit.get("clause").asString());
				assertThat(coUnit.get("unitName").asString()).isNotBlank();
				assertThat(coUnit.get("probability").asDouble()).isBetween(Matters.CONFIDENT, 1.0);
			}
		}
		assertThat(withCoUnit).as("texts of two matters read as a core and a cooperating unit").isPositive();
	}

	@Test
	void oneMatterGetsNoCooperatingUnitEvenWithARequestAfterIt() {
		assertThat(suggest("小区楼下的路灯坏了一个多月，晚上一片漆黑，老人出门很不安全。希望尽快维修，谢谢。").get("coUnits")).isEmpty();
		assertThat(suggest("我要投诉某某培训机构收费后不退款，多次联系都推脱。请相关部门尽快处理。").get("coUnits")).isEmpty();
	}

	@Test
	void anOrderOfTwoMattersShowsItsCooperatingUnitToTheDispatcher() {
		JsonNode advice = TwoMatters.TEXTS.stream()
			.map((text) -> suggest(text))
			.filter((a) -> !a.get("coUnits").isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no text read as two matters"));
		String clause = advice.get("coUnits").get(0).get("clause").asString();
		String text = TwoMatters.TEXTS.stream()
			.filter((t) -> Matters.clauses(t).contains(clause))
			.findFirst()
			.orElseThrow();
		long order = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", text, "caller",
							Map.of("phone", "13700003333")))
			.id();
		JsonNode ofOrder = Api.as(this.port, "dispatcher1")
			.get("/api/orders/" + order + "/dispatch-suggestions")
			.body();
		assertThat(ofOrder.get("coUnits").toString()).contains(clause);
	}

	@Test
	void aTextOfTwoMattersHasTwoClausesAndOneOfOneMatterOne() {
		assertThat(Matters.clauses("北京路12号门口的路面塌了一个大坑，车辆经过很危险，请尽快修补，谢谢。")).hasSize(1);
		assertThat(Matters.clauses(ROAD_AND_RESTAURANT)).hasSize(2);
	}

	private JsonNode suggest(String text) {
		return Api.as(this.port, "dispatcher1").post("/api/dispatch/suggest", Map.of("text", text)).body();
	}

}
