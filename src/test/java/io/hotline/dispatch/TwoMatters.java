package io.hotline.dispatch;

import java.util.List;

/**
 * Texts that each raise two clear matters, one per sentence. Which of them the model
 * reads as two units depends on the units the shared test context has by then (other
 * tests add units of their own, and routing spreads a category's probability over them):
 * a test takes those the model answers with a cooperating unit, and needs at least one.
 */
final class TwoMatters {

	static final String ROAD_AND_RESTAURANT = "北京路12号门口的路面塌了一个大坑，车辆经过很危险，请尽快修补。" + "另外，同一地址的一家饭店每天晚上噪音很大，吵得居民无法休息。";

	static final List<String> TEXTS = List.of(ROAD_AND_RESTAURANT, "我家楼下的餐馆油烟直排，熏得窗户都不能开。另外小区门口的人行道被共享单车堵住了，行人无法通过。",
			"小区里的路灯坏了一个多月，晚上一片漆黑。另外，楼下的垃圾桶好几天没人清运，臭气熏天。", "我们小区停水三天了，一直没有任何通知。另外，小区门口有人占道经营摆摊，堵得车都过不去。",
			"公司拖欠我三个月工资一直不发。还有，公司旁边的工地夜间施工噪音很大，影响周边居民休息。", "医保报销的手续一直办不下来，想咨询办理流程。此外，社区的公共厕所坏了很久没人维修。");

	private TwoMatters() {
	}

}
