package io.hotline.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The formulas that open and close a government reply and say nothing of its subject: the
 * salutation ({@code 网友“…”：您好！}), the receipt ({@code 您的留言已收悉}), the announcement
 * ({@code 现将有关情况回复如下：}), the thanks ({@code 感谢您对我们工作的关心、监督与支持}), the signature date. An
 * embedding of the first characters of a reply would otherwise be one of these greetings.
 * Generic patterns of the genre, not of any one reply; the text between them is kept as
 * written.
 */
final class Boilerplate {

	private static final List<Pattern> FORMULAS = List.of(
			// salutation: 网友“A00023583”：您好！ / 市民同志：你好！ / 尊敬的市民朋友，您好，
			Pattern.compile("(?:尊敬的)?(?:网友|市民|群众|来信人|留言人|同志|朋友|先生|女士)[^，。：:！!？\\n]{0,24}?[：:，,]?\\s*[您你]好[！!，,。：:]?"),
			Pattern.compile("^\\s*[“\"][A-Za-z]*\\d+[”\"][：:，,]?"), Pattern.compile("^\\s*[您你]好[！!，,。：:]?"),
			// receipt: 您的留言已收悉 / 您在平台《…》上的留言已收悉 / 来信收悉
			Pattern.compile("[您你]?(?:的|在)?[^。，！\\n]{0,30}?(?:留言|来信|诉求|信件)(?:[^。，！\\n]{0,12}?)?(?:已)?收悉[。，,！!；;]?"),
			// announcement: 现将(有关|具体|调查处理)情况(回复|答复)如下：
			Pattern.compile("现(?:将|就)?[^。：:！\\n]{0,40}?(?:回复|答复|反馈|说明)如下[：:。，,]?"),
			Pattern.compile("(?:高度重视|非常重视)[，,]?(?:立即|及时|迅速)?(?:组织)?(?:精干力量)?(?:进行)?(?:调查处理|调查核实|进行了调查|调查)?[，,。]?"),
			// thanks: (首先|再次)感谢您对我们工作的信任和支持 / 谢谢您对…的关注和支持！
			Pattern.compile("(?:首先|再次|非常)?(?:感谢|谢谢)(?:您|你|来信人|网友)[^。！!\\n]{0,40}[。！!]?"),
			Pattern.compile("(?:特此|专此)(?:回复|答复|函复)[。！!]?"),
			Pattern.compile("(?:以上|上述)(?:情况|回复|答复)[，,]?(?:望|请)[您你]?(?:知晓|知悉|理解)(?:和|并|与)?(?:理解|支持|谅解)?[。！!]?"),
			// signature date at the end: 2019年5月9日
			Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日[。\\s]*$"));

	private Boilerplate() {
	}

	/** The text without the formulas; the text itself if nothing else would be left. */
	static String strip(String text) {
		String stripped = text;
		for (Pattern formula : FORMULAS) {
			stripped = formula.matcher(stripped).replaceAll("");
		}
		stripped = stripped.strip();
		return stripped.isEmpty() ? text : stripped;
	}

}
