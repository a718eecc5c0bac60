package io.hotline.address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.hotline.org.Division;

/**
 * The official divisions of the whole country (NBS 2023, 665,000 of them down to the
 * 620,573 communities) in memory, with every form of their names. Divisions are numbered
 * in level order and, within a level, in code order, so a division's children are a
 * contiguous range. Immutable; one per process (see {@link NationalGazetteer}).
 */
public final class Gazetteer {

	private final long[] codes;

	private final String[] names;

	private final int[] parents;

	/** Index of the first division of each level, and the end, indexed by level. */
	private final int[] levelStarts;

	private final FormTable forms;

	Gazetteer(long[] codes, String[] names, int[] parents, int[] levelStarts, FormTable forms) {
		this.codes = codes;
		this.names = names;
		this.parents = parents;
		this.levelStarts = levelStarts;
		this.forms = forms;
	}

	/** Reads the official divisions from the classpath: a second or two. */
	public static Gazetteer load() {
		return GazetteerBuilder.build();
	}

	public int size() {
		return this.codes.length;
	}

	public Optional<Division> division(String code) {
		int index = indexOf(code);
		return index < 0 ? Optional.empty() : Optional.of(division(index));
	}

	/**
	 * The divisions one of whose name forms is exactly this (石牌: a street and 25
	 * villages).
	 */
	public List<Division> named(String form) {
		int slot = this.forms.find(form);
		List<Division> named = new ArrayList<>();
		for (int i = 0; slot >= 0 && i < this.forms.count(slot); i++) {
			named.add(division(Posting.target(this.forms.posting(slot, i))));
		}
		return named;
	}

	/** The divisions of a level whose code starts with the prefix, in code order. */
	public List<Division> within(String prefix, int level) {
		int[] range = range(prefix, level);
		List<Division> divisions = new ArrayList<>(range[1] - range[0]);
		for (int i = range[0]; i < range[1]; i++) {
			divisions.add(division(i));
		}
		return divisions;
	}

	Division division(int index) {
		int parent = this.parents[index];
		return new Division(code(index), this.names[index], level(index), parent < 0 ? null : code(parent));
	}

	int indexOf(String code) {
		int level = levelOfCode(code == null ? 0 : code.length());
		if (level == 0 || !code.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return -1;
		}
		int found = Arrays.binarySearch(this.codes, this.levelStarts[level], this.levelStarts[level + 1],
				Long.parseLong(code));
		return found < 0 ? -1 : found;
	}

	String code(int index) {
		return Long.toString(this.codes[index]);
	}

	String name(int index) {
		return this.names[index];
	}

	int parent(int index) {
		return this.parents[index];
	}

	int level(int index) {
		int level = Division.PROVINCE;
		while (index >= this.levelStarts[level + 1]) {
			level++;
		}
		return level;
	}

	/** Whether the division is this ancestor or lies within it. */
	boolean isWithin(int index, int ancestor) {
		for (int i = index; i >= ancestor; i = this.parents[i]) {
			if (i == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** The ancestor of the division at a level, itself at its own level, or -1. */
	int ancestorAt(int index, int level) {
		int i = index;
		while (i >= 0 && i >= this.levelStarts[level + 1]) {
			i = this.parents[i];
		}
		return (i >= this.levelStarts[level]) ? i : -1;
	}

	/** How many communities lie within the division. */
	int communitiesWithin(int index) {
		int[] range = range(code(index), Division.COMMUNITY);
		return range[1] - range[0];
	}

	FormTable forms() {
		return this.forms;
	}

	/** [from, to) of the divisions of a level whose code starts with the prefix. */
	int[] range(String prefix, int level) {
		int digits = GazetteerBuilder.CODE_LENGTHS[level - 1];
		if (prefix.length() > digits) {
			return new int[] { 0, 0 };
		}
		long scale = (long) Math.pow(10, digits - prefix.length());
		long low = prefix.isEmpty() ? 0 : Long.parseLong(prefix) * scale;
		int from = insertionPoint(level, low);
		int to = insertionPoint(level, prefix.isEmpty() ? Long.MAX_VALUE : low + scale);
		return new int[] { from, to };
	}

	private int insertionPoint(int level, long code) {
		int found = Arrays.binarySearch(this.codes, this.levelStarts[level], this.levelStarts[level + 1], code);
		return found < 0 ? -found - 1 : found;
	}

	private static int levelOfCode(int length) {
		for (int level = Division.PROVINCE; level <= Division.COMMUNITY; level++) {
			if (GazetteerBuilder.CODE_LENGTHS[level - 1] == length) {
				return level;
			}
		}
		return 0;
	}

}
