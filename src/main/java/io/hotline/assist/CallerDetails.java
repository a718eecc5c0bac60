package io.hotline.assist;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;

/**
 * The caller's name and phone number where they are said: 我姓王, 免贵姓王, 我叫王小明, 我是王小明, the
 * agent's 王先生 or 王女士; 11-digit mobiles and landlines with or without the area code, in
 * digits or Chinese numerals (幺三八…). What the caller says weighs more than what the agent
 * repeats; the last saying wins (a caller corrects themself).
 */
final class CallerDetails {

	/** The common surnames (百家姓 as used today), compound ones first. */
	static final String SURNAMES_COMPOUND = "欧阳|司马|上官|诸葛|东方|皇甫|慕容|令狐|司徒|夏侯|长孙|尉迟|公孙|宇文|轩辕";

	static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

	private static final String SURNAME = "(?:" + SURNAMES_COMPOUND + "|[" + SURNAMES + "])";

	private static final String GIVEN = "[\\p{IsHan}&&[^，。！？、的是在住了呢吧啊呀嘛吗我你他她们就也还要想来电话号]]";

	/** 我姓王 / 免贵姓王 / 姓王 — surname only, or with 叫小明 after it. */
	private static final Pattern SURNAME_SAID = Pattern
		.compile("(?:免贵|我|本人)?姓(" + SURNAME + ")(?:[，, ]?(?:叫|名叫)(" + SURNAME + "?" + GIVEN + "{1,2}))?");

	/** 我叫王小明 / 我是王小明 / 名字是王小明 / 我的名字叫王小明. */
	private static final Pattern FULL_NAME = Pattern
		.compile("(?:我叫|我是|名字是|名字叫|本人是|本人叫)(" + SURNAME + GIVEN + "{1,2})(?=$|[，。！？,.!? ]|我|的电话|电话|手机)");

	/** The agent's address: 王先生, 李女士, 张阿姨. */
	private static final Pattern TITLE = Pattern.compile("(" + SURNAME + ")(先生|女士|小姐|阿姨|师傅|大爷)");

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{9,11}|\\d{7,8}");

	private static final Pattern PHONE_WORDS = Pattern.compile("电话|号码|手机|联系|打给我|座机");

	/** The agent repeats the caller's number: 您的电话是…, 你的号码…. */
	private static final Pattern AGENT_REPEATS = Pattern.compile("[您你](的|留的)?(电话|号码|手机|联系方式)");

	private CallerDetails() {
	}

	/** The caller's name, or {@link FormField#EMPTY}. */
	static FormField name(List<Utterance> utterances) {
		FormField best = FormField.EMPTY;
		for (int i = 0; i < utterances.size(); i++) {
			Utterance u = utterances.get(i);
			String text = u.text();
			FormField found = FormField.EMPTY;
			if (u.speaker() == Speaker.CALLER) {
				Matcher m = SURNAME_SAID.matcher(text);
				while (m.find()) {
					String given = m.group(2);
					String name = (given == null) ? m.group(1)
							: given.startsWith(m.group(1)) ? given : m.group(1) + given;
					found = new FormField(name, name, (m.group(2) != null) ? 0.9 : 0.85, i, m.group());
				}
				Matcher full = FULL_NAME.matcher(text);
				while (full.find()) {
					found = new FormField(full.group(1), full.group(1), 0.8, i, full.group());
				}
			}
			else if (!best.filled() || best.confidence() < 0.6) {
				Matcher m = TITLE.matcher(text);
				if (m.find()) {
					found = new FormField(m.group(1), m.group(), 0.6, i, m.group());
				}
			}
			if (found.filled() && found.confidence() >= best.confidence() - 0.15) {
				best = found;
			}
		}
		return best;
	}

	/** The caller's phone number, or {@link FormField#EMPTY}. */
	static FormField phone(List<Utterance> utterances) {
		FormField best = FormField.EMPTY;
		for (int i = 0; i < utterances.size(); i++) {
			Utterance u = utterances.get(i);
			if (u.speaker() == Speaker.AGENT && !AGENT_REPEATS.matcher(u.text()).find()) {
				// another number the agent gives (a department's, a courier's) is not the
				// caller's
				continue;
			}
			boolean context = PHONE_WORDS.matcher(u.text()).find()
					|| (i > 0 && PHONE_WORDS.matcher(utterances.get(i - 1).text()).find());
			for (SpokenDigits.Run run : SpokenDigits.runs(u.text())) {
				String number = number(run.digits(), context);
				if (number == null) {
					continue;
				}
				double confidence = (number.length() == 11 && number.startsWith("1")) ? 0.9 : 0.75;
				if (!context) {
					confidence -= 0.15;
				}
				if (u.speaker() == Speaker.AGENT) {
					confidence -= 0.1;
				}
				if (confidence >= best.confidence() - 0.1) {
					best = new FormField(number, number, confidence, i, u.text().substring(run.start(), run.end()));
				}
			}
		}
		return best;
	}

	/**
	 * The phone number in a run of digits, or null: a mobile anywhere, a landline whole.
	 */
	private static String number(String digits, boolean context) {
		Matcher mobile = MOBILE.matcher(digits);
		if (mobile.find() && (digits.length() == 11 || context)) {
			return mobile.group();
		}
		if (context && LANDLINE.matcher(digits).matches()) {
			return digits;
		}
		return null;
	}

}
