package io.hotline.address;

import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hotline.org.Division;

/**
 * The ways people write an official division name: the name itself ({@link #FULL}), the
 * name with its committee or office suffix shortened ({@link #COMMON}: 石牌街, 华景社区, 石林县)
 * and the bare stem ({@link #SHORT}: 番禺, 常熟, 石牌, 华景). A stem keeps at least two
 * characters: 城区 and 矿区 have none.
 */
final class NameForms {

	static final int FULL = 0;

	static final int COMMON = 1;

	static final int SHORT = 2;

	/** The 55 minorities and 各族, as autonomous areas name them (石林彝族自治县). */
	private static final Pattern ETHNIC = Pattern.compile("(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲"
			+ "|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔"
			+ "|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族)+$");

	private static final Pattern PROVINCE = Pattern.compile("^(.{2,}?)(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$");

	/** Committee suffixes of communities, longest first, and the word people keep. */
	private static final String[][] COMMITTEES = { { "社区居民委员会", "社区" }, { "社区居委会", "社区" }, { "居民委员会", "社区" },
			{ "村民委员会", "村" }, { "村委会", "村" }, { "居委会", "社区" }, { "社区", "" }, { "村", "" } };

	private NameForms() {
	}

	/** Passes each form of the name with its kind; the official name first. */
	static void of(int level, String name, BiConsumer<String, Integer> form) {
		form.accept(name, FULL);
		switch (level) {
			case Division.PROVINCE -> province(name, form);
			case Division.CITY -> stem(name, form, "自治州", "地区", "盟", "市");
			case Division.DISTRICT -> district(name, form);
			case Division.STREET -> street(name, form);
			case Division.COMMUNITY -> community(name, form);
			default -> throw new IllegalArgumentException("No division level " + level);
		}
	}

	/** City names that only group districts: never written by anyone. */
	static boolean placeholder(String name) {
		return name.equals("市辖区") || name.endsWith("直辖县级行政区划");
	}

	private static void province(String name, BiConsumer<String, Integer> form) {
		Matcher matcher = PROVINCE.matcher(name);
		if (matcher.matches()) {
			form.accept(matcher.group(1), SHORT);
		}
	}

	private static void district(String name, BiConsumer<String, Integer> form) {
		for (String suffix : new String[] { "自治县", "自治旗" }) {
			if (name.endsWith(suffix)) {
				String stem = withoutEthnic(name.substring(0, name.length() - suffix.length()));
				short2(stem, form);
				form.accept(stem + suffix.charAt(2), COMMON);
				return;
			}
		}
		stem(name, form, "新区", "区", "县", "市", "旗");
	}

	private static void street(String name, BiConsumer<String, Integer> form) {
		for (String suffix : new String[] { "街道办事处", "街道" }) {
			if (name.endsWith(suffix)) {
				String stem = name.substring(0, name.length() - suffix.length());
				if (suffix.length() > 2) {
					form.accept(stem + "街道", COMMON);
				}
				if (!stem.endsWith("街")) {
					form.accept(stem + "街", COMMON);
				}
				short2(stem, form);
				return;
			}
		}
		for (String suffix : new String[] { "民族乡", "镇", "乡" }) {
			if (name.endsWith(suffix)) {
				short2(withoutEthnic(name.substring(0, name.length() - suffix.length())), form);
				return;
			}
		}
	}

	private static void community(String name, BiConsumer<String, Integer> form) {
		for (String[] committee : COMMITTEES) {
			if (name.endsWith(committee[0])) {
				String stem = name.substring(0, name.length() - committee[0].length());
				if (!committee[1].isEmpty() && !stem.endsWith(committee[1])) {
					form.accept(stem + committee[1], COMMON);
				}
				if (stem.endsWith("社区")) {
					stem = stem.substring(0, stem.length() - 2);
				}
				else if (stem.endsWith("村") && stem.length() >= 3) {
					form.accept(stem, COMMON);
					stem = stem.substring(0, stem.length() - 1);
				}
				short2(stem, form);
				return;
			}
		}
	}

	private static void stem(String name, BiConsumer<String, Integer> form, String... suffixes) {
		for (String suffix : suffixes) {
			if (name.endsWith(suffix)) {
				short2(withoutEthnic(name.substring(0, name.length() - suffix.length())), form);
				return;
			}
		}
	}

	private static void short2(String stem, BiConsumer<String, Integer> form) {
		if (stem.length() >= 2) {
			form.accept(stem, SHORT);
		}
	}

	private static String withoutEthnic(String stem) {
		Matcher matcher = ETHNIC.matcher(stem);
		return (matcher.find() && matcher.start() >= 2) ? stem.substring(0, matcher.start()) : stem;
	}

}
