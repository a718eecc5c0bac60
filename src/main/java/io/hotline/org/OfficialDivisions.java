package io.hotline.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.core.io.ClassPathResource;

/**
 * The official divisions of China (NBS 2023) that the build puts on the classpath as
 * {@code divisions/*.csv}. A jurisdiction needs only a sliver of them, so each file is
 * streamed once and a line is parsed only when its code has the jurisdiction's prefix:
 * the 620,000 communities never sit in memory together. The address module reads every
 * level whole through {@link #forEach} for its national gazetteer.
 */
public final class OfficialDivisions {

	/** The file of each level (index = level - 1) and the length of its codes. */
	private static final String[] FILES = { "provinces", "cities", "areas", "streets", "villages" };

	private static final int[] CODE_LENGTHS = { 2, 4, 6, 9, 12 };

	private OfficialDivisions() {
	}

	/**
	 * The jurisdiction with its ancestors (province, city) and every division below it,
	 * down to communities, in level order so that a parent always comes before its
	 * children.
	 * @param jurisdiction a 2-digit province, 4-digit city or 6-digit district code
	 * @throws IllegalArgumentException when the code is malformed or names no division
	 */
	static List<Division> of(String jurisdiction) {
		String code = (jurisdiction == null) ? "" : jurisdiction.trim();
		int level = levelOf(code);
		List<Division> divisions = new ArrayList<>();
		boolean found = false;
		for (int l = Division.PROVINCE; l <= Division.COMMUNITY; l++) {
			boolean exact = l <= level;
			String prefix = exact ? code.substring(0, CODE_LENGTHS[l - 1]) : code;
			int before = divisions.size();
			read(l, prefix, exact, divisions);
			found |= (l == level && divisions.size() > before);
		}
		if (!found) {
			throw new IllegalArgumentException("Unknown jurisdiction '" + code
					+ "': no province, city or district has this code in the official divisions (NBS 2023)");
		}
		return divisions;
	}

	private static int levelOf(String code) {
		int level = switch (code.length()) {
			case 2 -> Division.PROVINCE;
			case 4 -> Division.CITY;
			case 6 -> Division.DISTRICT;
			default -> 0;
		};
		if (level == 0 || !code.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("Jurisdiction '" + code + "' is not a division code: give a 2-digit "
					+ "province (62), a 4-digit city (4401) or a 6-digit district (440106)");
		}
		return level;
	}

	private static void read(int level, String prefix, boolean exact, List<Division> into) {
		lines(level, (line) -> {
			if (line.startsWith(prefix)) {
				Division division = parse(line, level);
				if (!exact || division.code().equals(prefix)) {
					into.add(division);
				}
			}
		});
	}

	/**
	 * Every division of one level in the official data, in code order (so a parent's
	 * children are contiguous).
	 * @param level {@link Division#PROVINCE} to {@link Division#COMMUNITY}
	 */
	public static void forEach(int level, Consumer<Division> action) {
		lines(level, (line) -> action.accept(parse(line, level)));
	}

	private static void lines(int level, Consumer<String> action) {
		String file = "divisions/" + FILES[level - 1] + ".csv";
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
			String line = reader.readLine(); // header
			while ((line = reader.readLine()) != null) {
				action.accept(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + " from the classpath", ex);
		}
	}

	/** {@code code,"name",parentCode,...}: names are quoted, codes are not. */
	static Division parse(String line, int level) {
		int comma = line.indexOf(',');
		int open = line.indexOf('"', comma);
		int close = line.indexOf('"', open + 1);
		String parent = null;
		if (level > Division.PROVINCE) {
			int start = close + 2;
			int end = line.indexOf(',', start);
			parent = line.substring(start, (end < 0) ? line.length() : end).trim();
		}
		return new Division(line.substring(0, comma).trim(), line.substring(open + 1, close), level, parent);
	}

}
