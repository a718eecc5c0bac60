/**
 * 数据共享 · 数据朋友圈: the orders' events for other systems (departments, the province), on
 * Kafka through Spring Modulith's event externalization, without personal data; only
 * where {@code HOTLINE_KAFKA_BOOTSTRAP} names brokers (docs/events.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event sharing",
		allowedDependencies = { "workorder", "org" })
package io.hotline.sharing;
