package io.hotline.handling.quality;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders taken over HTTP to the point of a reply by a demo unit, for the reply-quality
 * tests.
 */
final class RepliedOrders {

	/** What each order asks: the street light of a junction, made unique. */
	static final String REQUEST = "天河路与体育西路路口的路灯已经坏了一个多月，晚上路口很黑，行人过马路很危险，希望尽快修复路灯。";

	/** A reply that says what was done about it, when and by whom. */
	static final String GOOD = "经现场核查，天河路与体育西路路口的路灯因线路老化不亮。区城管局路灯所工作人员已于%s更换线路并修复路灯，"
			+ "现已恢复照明，如仍有问题请拨打联系电话020-8383%s。";

	/** A reply that puts the caller off. */
	static final String EVASIVE = "您好！您反映的问题已转交相关部门，正在研究，请耐心等待。感谢您的支持！";

	private final int port;

	RepliedOrders(int port) {
		this.port = port;
	}

	long unitOf(String user) {
		return Api.as(this.port, user).get("/api/me").body().path("unitId").asLong();
	}

	/** A new order dispatched to the user's unit and signed by them. */
	long signedBy(String user) {
		long id = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", REQUEST + " " + UUID.randomUUID(),
							"caller", Map.of("phone", "13800138000")))
			.id();
		assertThat(Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + id + "/dispatch", Map.of("unitIds", List.of(unitOf(user))))
			.status()).isEqualTo(200);
		assertThat(Api.as(this.port, user).post("/api/orders/" + id + "/sign", Map.of()).status()).isEqualTo(200);
		return id;
	}

	Api.Response reply(String user, long id, String content) {
		return Api.as(this.port, user)
			.post("/api/orders/" + id + "/reply", Map.of("content", content, "resolved", true));
	}

	/**
	 * A good reply, different for each order, so that the unit's replies are no copies.
	 */
	static String good(long id) {
		return GOOD.formatted((id % 28 + 1) + "日" + (id % 24) + "时", String.format("%04d", id % 10000)) + "本单位编号"
				+ Long.toString(id * 7919, 36) + "。";
	}

}
