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

	private Salience() {
	}

	/** Evidence of a form, before the jurisdiction and the other mentions are weighed. */
	static double weight(int level, int kind, int length, int frequency) {
		double base = switch (kind) {
			case NameForms.FULL -> 1.0;
			case NameForms.COMMON -> 0.9;
			default -> (length >= 3) ? 0.75 : 0.6;
		};
		if (level <= Division.CITY) {
			base *= 0.7;
		}
		return base / (1 + 0.1 * Math.log(Math.max(1, frequency)));
	}

	/** Whether the form must not fire on its own. */
	static boolean weak(int level, int kind, int length, int frequency, boolean inJurisdiction) {
		if (kind == NameForms.FULL) {
			return !inJurisdiction && frequency > 3;
		}
		if (kind == NameForms.COMMON) {
			return inJurisdiction ? length < 3 || frequency > 150 : frequency > 3;
		}
		return frequency > shortFormLimit(level, length, inJurisdiction);
	}

	/**
	 * The most divisions a bare stem may name across the country and still fire alone.
	 */
	private static int shortFormLimit(int level, int length, boolean inJurisdiction) {
		return switch (level) {
			case Division.PROVINCE -> 20;
			case Division.CITY -> inJurisdiction ? 100 : 10;
			case Division.DISTRICT -> inJurisdiction ? 200 : 5;
			case Division.STREET -> inJurisdiction ? ((length >= 3) ? 60 : 40) : ((length >= 3) ? 3 : 0);
			default -> (length < 3) ? 0 : inJurisdiction ? 20 : 2;
		};
	}

}
