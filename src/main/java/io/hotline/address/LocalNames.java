package io.hotline.address;

import java.util.Optional;

/**
 * Finds the local name in an address that the official divisions do not explain: a
 * compound, road or landmark, written as a stem and a kind of place (华师小区, 某某花园, 中山大道).
 * The stem runs back from the kind to a division that was recognised, to punctuation, or
 * to a word that is no name (那边, 附近, 在, 住, 的 …).
 */
final class LocalNames {

	/** Kinds of place that end a local name, longest first. */
	private static final String[] KINDS = { "小区", "花园", "家园", "公寓", "大厦", "广场", "山庄", "新村", "新城", "大院", "宿舍", "大道",
			"大街", "大学", "学院", "中学", "小学", "医院", "公园", "市场", "商场", "车站", "苑", "庭", "府", "园", "城", "湾", "坊", "路", "街",
			"巷", "桥" };

	/** Characters that never belong to a local name's stem. */
	private static final String STOPS = "的在住那这边附近旁对门口里面我家是和与及到从往向去个了一带片楼下周";

	private static final int LONGEST_STEM = 6;

	private LocalNames() {
	}

	/**
	 * The last local name of the text, if any.
	 * @param recognised which characters belong to recognised division names
	 */
	static Optional<String> last(String text, boolean[] recognised) {
		for (int end = text.length(); end > 0; end--) {
			for (String kind : KINDS) {
				int at = end - kind.length();
				if (at >= 2 && text.startsWith(kind, at) && !covered(recognised, at, end)) {
					int start = at;
					while (start > 0 && at - start < LONGEST_STEM && namePart(text.charAt(start - 1))
							&& !recognised[start - 1]) {
						start--;
					}
					if (at - start >= 2) {
						return Optional.of(text.substring(start, end));
					}
				}
			}
		}
		return Optional.empty();
	}

	private static boolean covered(boolean[] recognised, int from, int to) {
		for (int i = from; i < to; i++) {
			if (recognised[i]) {
				return true;
			}
		}
		return false;
	}

	private static boolean namePart(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && STOPS.indexOf(c) < 0;
	}

}
