package io.hotline.address;

import io.hotline.org.Division;

/**
 * How much a name form found in a text says, from what the national data tells about it.
 * <p>
 * A form that many divisions share across the country (its frequency) is a common word or
 * a stock name (中心, 新村, 东风, 人民, 城关 each name hundreds of villages and towns), and a
 * two-character community stem matches ordinary words by chance; such a form is
 * <em>weak</em>: it never fires alone, only next to a division that contains it or as
 * support of a chain that something stronger proposes. How frequent a form may be before
 * it is weak depends on its level (district names are known to everyone, village stems
 * are not), on its kind (an official name with its suffix is always a place, only which
 * one is open) and on the jurisdiction (a name outside it must be nearly unique to be
 * taken on its own).
 */
final class Salience {

	/** Bare stems of coarser divisions are the better known: 番禺 is the district first. */
	private static final double[] SHORT_BY_LEVEL = { 0, 1, 1, 1, 0.95, 0.9 };

	private Salience() {
	}

	/** Evidence of a form, before the jurisdiction and the other mentions are weighed. */
	static double weight(int level, int kind, int length, int frequency) {
		double base = switch (kind) {
			case NameForms.FULL -> 1.0;
			case NameForms.COMMON -> 0.9;
			default -> ((length >= 3) ? 0.75 : 0.6) * SHORT_BY_LEVEL[level];
		};
		if (level <= Division.CITY) {
			base *= 0.7;
		}
		return base / (1 + 0.1 * Math.log(Math.max(1, frequency)));
	}

	/**
	 * Whether the form must not fire on its own (for stems of districts and streets, see
	 * {@link #weakStem}). Outside the jurisdiction a shortened community name needs a
	 * stem of three characters (国际社区 is a compound's name, 中海国际社区, more often than the
	 * community of 绍兴).
	 * @param stem the length of the name without the word that a shortened name keeps
	 * (社区, 村, 街, 县): 2 for 华景社区
	 */
	static boolean weak(int level, int kind, int stem, int frequency, boolean inJurisdiction) {
		if (kind == NameForms.FULL) {
			return !inJurisdiction && frequency > 3;
		}
		if (kind == NameForms.COMMON) {
			return inJurisdiction ? stem < 2 || frequency > 150
					: frequency > 3 || (level == Division.COMMUNITY && stem < 3);
		}
		return switch (level) {
			case Division.PROVINCE -> frequency > 20;
			case Division.CITY -> frequency > (inJurisdiction ? 100 : 10);
			default -> !inJurisdiction || stem < 3 || frequency > 20;
		};
	}

	/**
	 * Whether the bare stem of a district or street of the jurisdiction must not fire on
	 * its own. A district stem of the jurisdiction fires unless it is a stock name that
	 * dozens of towns across the country bear (城关, 城关镇 of every county seat) while
	 * another district or street of the jurisdiction bears it too (城关区 and two 城关镇 around
	 * 兰州; but 白云 is 白云区 in 广州 although 越秀区 has a 白云街道). A street stem must be unique in
	 * the jurisdiction.
	 * @param rivals the other districts or streets of the jurisdiction bearing the stem,
	 * neither inside nor around this one
	 * @param towns how many streets, towns and townships of the country bear it
	 */
	static boolean weakStem(int level, int length, int frequency, int rivals, int towns) {
		if (level == Division.DISTRICT) {
			return (rivals > 0) ? towns > 30 : frequency > 700;
		}
		return rivals > 0 || frequency > ((length >= 3) ? 60 : 40);
	}

	/**
	 * Whether the bare stem of a district or street outside the jurisdiction must not
	 * fire on its own: all do but district stems of three characters or more that name
	 * one district and few places at all (张家港, 都江堰). Two-character ones are too often
	 * words (资源县, 通道县, 路桥区) or run across words (市南 in 长沙市南站, 道外); 昆山 and 常熟 need the
	 * street after them, or their city before.
	 * @param districts how many districts of the country bear the stem
	 */
	static boolean weakForeignStem(int level, int length, int frequency, int districts) {
		return level != Division.DISTRICT || length < 3 || frequency > 5 || districts > 1;
	}

}
