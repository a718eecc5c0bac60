package io.hotline.cti.web;

import java.util.List;

/** The columns' headings of the exports, in Chinese and English. */
final class Headings {

	static final List<String> FIGURES_ZH = List.of("呼入量", "接通量", "目标时间内接通", "超时接通", "放弃量", "短时放弃", "等待中", "接通率", "放弃率",
			"服务水平", "平均处理时长（秒）", "平均应答速度（秒）", "占用率");

	static final List<String> FIGURES_EN = List.of("Offered", "Answered", "Answered within target", "Answered late",
			"Abandoned", "Short abandons", "Waiting", "Answer rate", "Abandon rate", "Service level",
			"Average handling time (s)", "Average speed of answer (s)", "Occupancy");

	static final List<String> CALLS_ZH = List.of("通话编号", "队列", "来电号码", "坐席", "进入队列", "接通", "结束", "话后处理结束", "结果",
			"等待（秒）", "通话（秒）", "话后处理（秒）", "处理时长（秒）");

	static final List<String> CALLS_EN = List.of("Call", "Queue", "Caller", "Agent", "Offered", "Answered", "Ended",
			"After-call work ended", "Outcome", "Wait (s)", "Talk (s)", "After-call work (s)", "Handling (s)");

	private Headings() {
	}

}
