package io.hotline.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Creates orders through {@code POST /api/orders} as a call agent would, each client on
 * its own keep-alive connection, with realistic content and addresses.
 */
final class IntakeLoad {

	private static final String[] CONTENTS = { "小区楼下餐馆油烟扰民，每天晚上排放油烟严重，请相关部门处理。", "咨询社保卡补办需要哪些材料，在哪里办理。",
			"路灯不亮已经一周，晚上出行很不安全，请尽快维修。", "工地夜间施工噪音扰民，超过晚上十点仍在施工。", "小区供水水压不足，高层住户经常停水。" };

	static final String[] ADDRESSES = { "天河区石牌街道华景社区", "越秀区北京街道", "海珠区江南中街道", "白云区三元里街道", "番禺区市桥街道" };

	private final int port;

	private final String authorization;

	private final String runId;

	IntakeLoad(int port, String user, String password, String runId) {
		this.port = port;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.runId = runId;
	}

	/** The prefix of this load's request ids. */
	String runId() {
		return this.runId;
	}

	Latencies run(int clients, int orders) throws Exception {
		return ConcurrentRun.run(clients, orders, (client) -> {
			LoopbackHttp http = new LoopbackHttp("127.0.0.1", this.port);
			return (c, sequence) -> http.exchange("POST", "/api/orders", this.authorization, body(sequence)) == 201;
		});
	}

	/** An order's JSON body; the sequence makes its caller and its {@code requestId}. */
	byte[] body(long sequence) {
		int i = (int) (sequence % CONTENTS.length);
		String body = """
				{"channel":"PHONE","type":"COMPLAINT","content":"%s","address":"%s","urgency":"NORMAL",
				 "caller":{"name":"张先生","phone":"138%08d"},"requestId":"%s-%d"}""".formatted(CONTENTS[i],
				ADDRESSES[(int) (sequence % ADDRESSES.length)], sequence % 100_000_000, this.runId, sequence);
		return body.getBytes(StandardCharsets.UTF_8);
	}

}
