package io.hotline.address;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.hotline.org.Division;
import io.hotline.org.OfficialDivisions;

/**
 * Builds the {@link Gazetteer} from the official files, level by level: a division's
 * parent is found by binary search among the level above (the files are in code order),
 * and every form of its name gets a posting.
 */
final class GazetteerBuilder {

	static final int[] CODE_LENGTHS = { 2, 4, 6, 9, 12 };

	private long[] codes = new long[700_000];

	private String[] names = new String[700_000];

	private int[] parents = new int[700_000];

	private int size;

	private final int[] levelStarts = new int[Division.COMMUNITY + 2];

	private final Map<String, Postings> forms = new HashMap<>(1 << 21);

	private GazetteerBuilder() {
	}

	static Gazetteer build() {
		GazetteerBuilder builder = new GazetteerBuilder();
		for (int level = Division.PROVINCE; level <= Division.COMMUNITY; level++) {
			builder.levelStarts[level] = builder.size;
			int parentLevel = level - 1;
			OfficialDivisions.forEach(level, (division) -> builder.add(division, parentLevel));
		}
		builder.levelStarts[Division.COMMUNITY + 1] = builder.size;
		return builder.gazetteer();
	}

	private void add(Division division, int parentLevel) {
		if (this.size == this.codes.length) {
			int grown = this.size + this.size / 2;
			this.codes = Arrays.copyOf(this.codes, grown);
			this.names = Arrays.copyOf(this.names, grown);
			this.parents = Arrays.copyOf(this.parents, grown);
		}
		int index = this.size++;
		this.codes[index] = Long.parseLong(division.code());
		this.names[index] = division.name();
		this.parents[index] = (parentLevel == 0) ? -1 : parentOf(division.parentCode(), parentLevel);
		if (!NameForms.placeholder(division.name())) {
			NameForms.of(division.level(), division.name(),
					(form, kind) -> this.forms.computeIfAbsent(form, (f) -> new Postings()).add(index, kind));
		}
	}

	private int parentOf(String parentCode, int parentLevel) {
		int found = Arrays.binarySearch(this.codes, this.levelStarts[parentLevel], this.levelStarts[parentLevel + 1],
				Long.parseLong(parentCode));
		if (found < 0) {
			throw new IllegalStateException("The official divisions name an unknown parent " + parentCode);
		}
		return found;
	}

	private Gazetteer gazetteer() {
		Map<String, int[]> packed = new HashMap<>(this.forms.size() * 2);
		this.forms.forEach((form, postings) -> packed.put(form, postings.packed()));
		this.forms.clear();
		return new Gazetteer(Arrays.copyOf(this.codes, this.size), Arrays.copyOf(this.names, this.size),
				Arrays.copyOf(this.parents, this.size), this.levelStarts, new FormTable(packed));
	}

	/**
	 * The postings of one form while building; a division appears once, by its strongest
	 * form.
	 */
	private static final class Postings {

		private int[] values = new int[1];

		private int size;

		void add(int index, int kind) {
			if (this.size > 0 && Posting.target(this.values[this.size - 1]) == index) {
				int kept = Math.min(kind, Posting.kind(this.values[this.size - 1]));
				this.values[this.size - 1] = Posting.of(index, kept);
				return;
			}
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = Posting.of(index, kind);
		}

		int[] packed() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
