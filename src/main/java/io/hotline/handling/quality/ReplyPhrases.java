package io.hotline.handling.quality;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wording that reply quality looks for: what was done, when, by whom; the sentences
 * that only greet, thank, acknowledge or pass the matter on; the phrases that put the
 * caller off.
 */
final class ReplyPhrases {

	/** What was done, or the rule that answers a question. */
	static final Pattern WHAT = Pattern.compile("核查|核实|查实|查明|调查|经查|排查|巡查|检查|整改|修复|维修|抢修|清理|清除|拆除|处罚|查处|"
			+ "责令|督促|协调|约谈|安排|完成|解决|更换|安装|设置|开展|组织|纳入|上报|下达|立案|采纳|走访|现场|办结|退还|补发|发放|"
			+ "根据《|依据《|按照《|规定|政策|条例|办法|标准|可以|可到|可向|需要|须|应当");

	/** When: a date, a time, a time limit. */
	static final Pattern WHEN = Pattern.compile("\\d{1,4}年\\d{1,2}月|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}月(?:份|底|初|中旬|上旬|下旬)|"
			+ "\\d{1,2}[日号]|\\d{1,2}[:：时点]|时限|工作日|个月内|天内|日内|今年|明年|年底|年内|近期|近日|日前|上午|下午|当天|当日|"
			+ "目前|预计|立即|第一时间|随即|迅速|已于|将于|前完成");

	/** By whom: a unit, its staff, a phone to call. */
	static final Pattern WHO = Pattern.compile("\\p{IsHan}{1,10}?(?:局|委|办|厅|处|股|站|所|中心|公司|街道|社区|居委会|村委会|"
			+ "镇|乡|大队|中队|支队|政府|学校|医院|物业|法院)|工作人员|执法人员|专人|负责人|同志|网格员|电话|\\d{7,}");

	/** Phrases that put the caller off without saying anything. */
	static final List<String> EVASIVE = List.of("请耐心等待", "耐心等待", "正在研究", "研究解决", "按相关规定办理", "按照相关规定办理", "依法依规处理",
			"不属于我", "不属我", "非我单位", "职权范围", "已转交", "已转至", "已转", "转交相关", "将及时回复", "敬请关注", "待调查核实");

	/** A sentence that only greets, thanks, acknowledges or passes the matter on. */
	private static final Pattern FORMULA = Pattern
		.compile("您好|你好|收悉|获悉|已阅|感谢|谢谢|特此|如下|祝您|欢迎|敬请|关心|关注|理解|" + "监督|支持|高度重视|十分重视|非常重视|" + String.join("|", EVASIVE));

	/** A date that signs a reply off. */
	private static final Pattern SIGNATURE = Pattern.compile(".{0,24}\\d{4}[年\\-/.]\\d{1,2}[月\\-/.]\\d{1,2}日?\\s*");

	private ReplyPhrases() {
	}

	/** A sentence this long or longer says something of its own whatever its wording. */
	private static final int LONG_SENTENCE = 40;

	/**
	 * Whether the sentence says something of its own: not a short formula, nor (the last
	 * one) the date that signs the reply off.
	 */
	static boolean substantive(String sentence, boolean last) {
		if (last && SIGNATURE.matcher(sentence).matches()) {
			return false;
		}
		return ReplyText.length(sentence) >= LONG_SENTENCE || !FORMULA.matcher(sentence).find();
	}

	/** The first evasive phrase of the text, if any. */
	static Optional<String> evasion(String text) {
		return EVASIVE.stream().filter(text::contains).findFirst();
	}

	static boolean finds(Pattern pattern, String text) {
		return pattern.matcher(text).find();
	}

}
