package io.hotline.dispatch;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import io.hotline.dispatch.DispatchAdvice.Suggestion;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions a dispatcher can trust: only units that handle the matter, reasons in whole
 * words, an answer before any model, and a dispatch that names its unit.
 */
@HotlineTest
class TrustedSuggestionsHttpTest {

	private static final String NOISE = "楼上邻居每天晚上十一点以后还在装修，电钻噪音扰民，严重影响休息，多次反映未见改善";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DispatchSuggestions suggestions;

	@Autowired
	MatterWords words;

	@Test
	void aNoiseComplaintListsNoUnitThatDoesNotHandleNoise() {
		DispatchModelReady.activeVersion(this.port);
		Set<Long> foreign = new HashSet<>(
				this.jdbc.sql("select id from handling_unit where code in ('DEPT-DISCIPLINE', 'DEPT-EDU')")
					.query(Long.class)
					.list());
		assertThat(foreign).hasSize(2);
		for (String address : List.of("广州市天河区林和西路9号", "广州市越秀区北京街道")) {
			JsonNode answer = Api.as(this.port, "dispatcher1")
				.post("/api/dispatch/suggest", Map.of("text", NOISE, "address", address))
				.body();
			assertThat(answer.get("suggestions").size()).as(answer.toString()).isPositive();
			answer.get("suggestions")
				.forEach((s) -> assertThat(foreign).as(answer.toString()).doesNotContain(s.get("unitId").asLong()));
		}
	}

	@Test
	void theReasonsAreWholeWordsOfTheText() {
		DispatchModelReady.activeVersion(this.port);
		JsonNode answer = Api.as(this.port, "dispatcher1").post("/api/dispatch/suggest", Map.of("text", NOISE)).body();
		String normalized = MatterWords.normalize(NOISE);
		Set<String> whole = new HashSet<>(this.words.words());
		HanLP.segment(normalized).forEach((term) -> whole.add(term.word));
		assertThat(answer.get("terms").size()).as(answer.toString()).isPositive();
		answer.get("terms").forEach((term) -> {
			assertThat(whole).as("%s in %s", term, answer.get("terms")).contains(term.asString());
			assertThat(ReasonWords.EMPTY).doesNotContain(term.asString());
		});
	}

	@Test
	void beforeAnyModelTheCatalogAndThePlaceSuggest() {
		// noise on a street: the catalog's words find 噪音污染, its routing the street office
		String street = this.jdbc.sql("""
				select d.division_code from unit_division d join handling_unit u on u.id = d.unit_id
				where u.type = 'STREET' and u.active and length(d.division_code) = 9
				order by d.division_code limit 1""").query(String.class).single();
		Place place = new Place(street.substring(0, 6), street, null);
		DispatchAdvice advice = this.suggestions.byRules("楼下酒吧的音响噪音太大，半夜还不停", place, null);
		assertThat(advice.modelVersion()).isZero();
		assertThat(advice.autoDispatch()).isFalse();
		assertThat(advice.suggestions()).as(advice.toString()).isNotEmpty();
		assertThat(advice.terms()).contains("噪音");
		Suggestion first = advice.suggestions().get(0);
		assertThat(first.categoryName()).contains("噪音");
		assertThat(advice.suggestions().stream().map(Suggestion::unitId))
			.contains(this.suggestions.ruleUnit(first.categoryCode(), place));
		// nothing the catalog knows: the place's street office
		DispatchAdvice nothing = this.suggestions.byRules("你好，请问一下", place, null);
		assertThat(nothing.suggestions()).hasSize(1);
		assertThat(nothing.suggestions().get(0).unitId())
			.isEqualTo(this.suggestions.ruleUnit(first.categoryCode(), place));
	}

	@Test
	void aDispatchWithoutAMainUnitIsRefusedNotGuessed() {
		long id = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", NOISE, "address", "天河区林和西路9号", "caller",
							Map.of("phone", "13900004444")))
			.id();
		Response refused = Api.as(this.port, "dispatcher1").post("/api/orders/" + id + "/dispatch", Map.of());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).contains("主办单位");
		assertThat(Api.as(this.port, "dispatcher1").get("/api/orders/" + id).text("status")).isEqualTo("REGISTERED");
	}

}
