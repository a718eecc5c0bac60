package io.hotline.analytics.hotspot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated messages with known topics: twenty subjects at a steady rate over 90 days,
 * phrased many ways in many places; a heating failure in one 小区 on days 10 to 20; and a
 * water outage in 翠湖花园小区 on the last three days, phrased many ways too. Other 小区 have the
 * odd water outage all along, so the new one stands out by its place and time.
 */
final class PlantedMessages {

	static final Instant START = Instant.parse("2024-03-01T00:00:00+08:00");

	static final Instant END = START.plus(Duration.ofDays(90));

	static final String[] PLACES = { "金桂园小区", "枫林绿洲小区", "东方明珠小区", "幸福里小区", "阳光新城", "湘江世纪城", "望城坡社区", "洞井街道", "岳麓大道",
			"芙蓉中路", "解放西路", "五一大道", "梅溪湖街道", "星沙街道", "雨花亭街道", "万家丽路" };

	static final String[][] SUBJECTS = { { "%s的路灯坏了好几天，晚上一片漆黑", "%s路灯不亮，夜里走路很危险", "%s一排路灯晚上都不亮，请维修路灯" },
			{ "%s广场舞音响声音太大，晚上吵得无法休息", "%s每天晚上跳广场舞，噪音扰民", "投诉%s广场舞音乐扰民到很晚" },
			{ "%s的垃圾好几天没人清运，臭气熏天", "%s垃圾桶满了没人收，垃圾堆成山", "%s生活垃圾清运不及时，蚊蝇很多" },
			{ "%s门口车辆乱停乱放，堵塞消防通道", "%s违章停车严重，人行道都被占了", "投诉%s路边违停，车都开不出去" },
			{ "%s附近的公交线路取消了，出行很不方便", "希望在%s增设一条公交线路", "%s公交车班次太少，等车要一个小时" },
			{ "%s物业乱收费，物业费年年涨", "%s物业公司服务差还涨物业费", "投诉%s物业收取不合理费用" },
			{ "在%s附近的工地干活，老板拖欠工资三个月", "%s一家公司拖欠员工工资不发", "农民工在%s的项目被拖欠工资" },
			{ "%s楼下餐馆油烟直排，家里窗户都不敢开", "%s饭店油烟太大，熏得受不了", "投诉%s烧烤店油烟污染" },
			{ "%s路面坑洼不平，下雨全是积水", "%s道路破损严重，电动车经常摔倒", "%s马路上的大坑一直没有修补" },
			{ "孩子在%s附近上小学，入学划片不合理", "咨询%s片区小学入学政策", "%s的孩子上学要跨区，学位不够" },
			{ "在%s看病医保报销比例太低", "咨询%s医院异地医保报销手续", "医保报销在%s办理太麻烦" },
			{ "住在%s，社保断缴了怎么补缴", "咨询%s灵活就业人员社保缴费", "%s社保卡办理进度很慢" },
			{ "住在%s，想提取住房公积金还贷款", "咨询%s公积金提取需要什么材料", "%s公积金贷款审批太慢" },
			{ "%s人行道上小摊贩占道经营", "%s马路市场占道摆摊，交通拥堵", "投诉%s流动摊贩占道" },
			{ "%s流浪狗很多，小孩被狗追咬", "%s有人遛狗不牵绳，吓到老人", "%s的流浪狗成群，请捕捉" },
			{ "%s电梯经常故障，困人好几次", "%s的电梯老化，三天两头停运", "投诉%s电梯坏了没人维修" },
			{ "%s燃气管道漏气，闻到很大气味", "%s天然气开户安装收费太高", "%s燃气公司上门安检乱收费" },
			{ "%s手机信号很差，打电话都断", "%s宽带网络经常断线", "希望在%s加建通信基站，信号太弱" },
			{ "在%s买的房子五年了还办不了房产证", "%s开发商迟迟不给办不动产证", "%s业主房产证办理遥遥无期" },
			{ "%s绿化带被毁，种上了菜", "%s的树木被乱砍乱伐", "%s绿地被占用改成停车场" } };

	static final String[] TAILS = { "希望有关部门尽快处理。", "已经反映过多次，一直没有结果。", "严重影响居民的正常生活。", "请领导重视。", "谢谢！", "希望政府管一管。",
			"大家意见很大。", "" };

	static final String[] WATER = { "翠湖花园小区突然停水，到现在还没来水", "翠湖花园小区停水两天了，什么时候恢复供水", "翠湖花园小区自来水停了，没有任何通知",
			"翠湖花园没水了，做饭洗澡都成问题", "翠湖花园小区水龙头拧开一滴水都没有", "请问翠湖花园小区停水原因是什么，何时恢复", "翠湖花园小区连续停水，老人小孩生活困难",
			"翠湖花园小区断水了，物业说是自来水公司的事", "翠湖花园小区停水无人管，供水什么时候恢复" };

	static final String[] HEATING = { "锦绣华庭小区暖气不热，家里只有十几度", "锦绣华庭小区供暖温度不达标，老人孩子冻病了", "锦绣华庭小区暖气片冰凉，交了取暖费却不供暖",
			"投诉锦绣华庭小区集中供暖不热" };

	/** The background, the heating failure and the water outage, in time order. */
	static List<HotMessage> generate(long seed) {
		Random random = new Random(seed);
		List<HotMessage> messages = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			String[] subject = SUBJECTS[i % SUBJECTS.length];
			String place = PLACES[random.nextInt(PLACES.length)];
			String sentence = String.format(subject[random.nextInt(subject.length)], place);
			String title = sentence.split("，")[0];
			String text = sentence + "，" + TAILS[random.nextInt(TAILS.length)];
			messages.add(message("b" + i, title, text, at(random, 0, 90), random));
		}
		// the odd water outage elsewhere, all along: the new one is not the first
		for (int i = 0; i < 20; i++) {
			String place = PLACES[random.nextInt(PLACES.length)];
			messages.add(message("w" + i, place + "停水", place + "今天停水了，没有提前通知。", at(random, 0, 87), random));
		}
		for (int i = 0; i < 40; i++) {
			String sentence = HEATING[random.nextInt(HEATING.length)];
			messages.add(message("h" + i, sentence.split("，")[0], sentence + "，" + TAILS[random.nextInt(TAILS.length)],
					at(random, 10, 20), random));
		}
		for (int i = 0; i < 60; i++) {
			String sentence = WATER[random.nextInt(WATER.length)];
			messages.add(message("new" + i, sentence.split("，")[0],
					sentence + "，" + TAILS[random.nextInt(TAILS.length)], at(random, 87, 90), random));
		}
		messages.sort(java.util.Comparator.comparing(HotMessage::at).thenComparing(HotMessage::id));
		return messages;
	}

	private static HotMessage message(String id, String title, String text, Instant at, Random random) {
		return new HotMessage(id, title, text, null, at, 1 + ((random.nextInt(10) == 0) ? random.nextInt(20) : 0));
	}

	private static Instant at(Random random, int fromDay, int toDay) {
		long seconds = (long) ((fromDay + random.nextDouble() * (toDay - fromDay)) * 86400);
		return START.plusSeconds(Math.min(seconds, Duration.ofDays(90).toSeconds() - 1));
	}

	private PlantedMessages() {
	}

}
