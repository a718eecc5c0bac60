package io.hotline.benchmark;

/** The kinds of request of the soak's mixed load, each done as the people would do it. */
enum SoakKind {

	INTAKE("intake", "agent1: POST /api/orders"),

	PORTAL_SUBMIT("portal submit", "a citizen: POST /api/public/orders (multipart), each from an address of its own"),

	PORTAL_TRACK("portal track", "a citizen: GET /api/public/orders/{token}"),

	PORTAL_RATE("portal rating", "a citizen: POST /api/public/orders/{token}/rating once the order is closed"),

	OPEN311_CREATE("open311 create", "POST /open311/v2/requests.json with api_key=demo-key"),

	OPEN311_SEARCH("open311 search open", "GET /open311/v2/requests.json?status=open (the newest 1,000)"),

	OPEN311_BY_NUMBERS("open311 by numbers", "GET /open311/v2/requests.json?service_request_id= 10 numbers"),

	ORDER_FIND("find by number", "dispatcher1: GET /api/orders?q= the number a citizen was given"),

	ORDER_SEARCH("order search", "dispatcher1: GET /api/orders?q= a word (路灯, 噪音…)"),

	DISPATCH_QUEUE("dispatch queue", "dispatcher1: GET /api/orders?status=REGISTERED"),

	DISPATCH("dispatch", "dispatcher1: POST /api/orders/{id}/dispatch to DEMO-UNIT-1 or DEMO-UNIT-2"),

	SIGN("sign", "unit1/unit2: POST /api/orders/{id}/sign"),

	REPLY("reply", "unit1/unit2: POST /api/orders/{id}/reply resolved"),

	CALLBACK("callback", "callback1: POST /api/orders/{id}/callback SATISFIED, resolved"),

	INBOX("inbox", "unit1/unit2: GET /api/orders?status=DISPATCHED,HANDLING&sort=deadline"),

	KNOWLEDGE_SEARCH("knowledge search", "agent1: GET /api/knowledge/search?q="),

	COCKPIT_REPORT("cockpit report", "analyst1: GET /api/analytics/kpi-report of 30 days by day, category, district…"),

	COCKPIT_UNITS("cockpit units", "analyst1: GET /api/analytics/kpis?groupBy=unit of 30 days"),

	ORDER_READ("order read after 409", "the acting user: GET /api/orders/{id} for the fresh version after a 409");

	private final String label;

	private final String what;

	SoakKind(String label, String what) {
		this.label = label;
		this.what = what;
	}

	String label() {
		return this.label;
	}

	String what() {
		return this.what;
	}

	/**
	 * Whether every soak makes it; a read after a 409 happens only where a change met
	 * another.
	 */
	boolean expected() {
		return this != ORDER_READ;
	}

}
