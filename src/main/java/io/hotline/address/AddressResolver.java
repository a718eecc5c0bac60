package io.hotline.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hotline.org.Division;
import io.hotline.org.Divisions;

import org.springframework.stereotype.Service;

/**
 * Finds the jurisdiction's divisions named in an address by their official names (and
 * those names without the committee suffixes, as people write them: 石牌街道, 华景社区). The
 * finest division found fixes the coarser ones, so a community named alone still gives
 * its street and district.
 */
@Service
public class AddressResolver {

	/**
	 * Committee suffixes of community names, longest first, and what people write
	 * instead.
	 */
	private static final String[][] SUFFIXES = { { "社区居民委员会", "社区" }, { "社区居委会", "社区" }, { "村民委员会", "村" },
			{ "居民委员会", "社区" }, { "村委会", "村" }, { "居委会", "社区" } };

	private final Divisions divisions;

	private volatile Map<Character, List<Named>> index;

	AddressResolver(Divisions divisions) {
		this.divisions = divisions;
	}

	public ResolvedAddress resolve(String text) {
		if (text == null || text.isBlank()) {
			return ResolvedAddress.NONE;
		}
		Map<String, Division> named = new HashMap<>();
		Map<Character, List<Named>> index = index();
		for (int i = 0; i < text.length(); i++) {
			for (Named candidate : index.getOrDefault(text.charAt(i), List.of())) {
				if (text.startsWith(candidate.name(), i)) {
					named.put(candidate.division().code(), candidate.division());
				}
			}
		}
		Division best = null;
		int bestScore = Integer.MIN_VALUE;
		for (Division candidate : named.values()) {
			int score = score(candidate, named);
			if (score > bestScore || (score == bestScore && candidate.code().compareTo(best.code()) < 0)) {
				best = candidate;
				bestScore = score;
			}
		}
		return best == null ? ResolvedAddress.NONE : expand(best);
	}

	/**
	 * Finer divisions score higher, and more so when the text also names their district
	 * or street; a division outside a district or street the text names scores below any
	 * consistent one (华景社区 of 番禺区 loses to 石牌街道 in "天河区石牌街道华景社区").
	 */
	private int score(Division candidate, Map<String, Division> named) {
		int score = candidate.level() * 10;
		for (Division other : named.values()) {
			if (other.level() >= candidate.level() || other.level() < Division.DISTRICT) {
				continue;
			}
			score += candidate.code().startsWith(other.code()) ? 100 : -1000;
		}
		return score;
	}

	private ResolvedAddress expand(Division division) {
		String district = null;
		String street = null;
		String community = null;
		Optional<Division> current = Optional.of(division);
		while (current.isPresent()) {
			Division d = current.get();
			switch (d.level()) {
				case Division.COMMUNITY -> community = d.code();
				case Division.STREET -> street = d.code();
				case Division.DISTRICT -> district = d.code();
				default -> {
				}
			}
			current = this.divisions.division(d.parentCode());
		}
		return new ResolvedAddress(district, street, community);
	}

	/** The names of the jurisdiction's divisions by their first character. */
	private Map<Character, List<Named>> index() {
		Map<Character, List<Named>> loaded = this.index;
		if (loaded == null) {
			Map<Character, List<Named>> byFirst = new HashMap<>();
			for (int level = Division.DISTRICT; level <= Division.COMMUNITY; level++) {
				for (Division division : this.divisions.atLevel(level)) {
					add(byFirst, division.name(), division);
					String shortName = withoutSuffix(division.name());
					if (!shortName.equals(division.name()) && shortName.length() >= 3) {
						add(byFirst, shortName, division);
					}
				}
			}
			loaded = Map.copyOf(byFirst);
			this.index = loaded;
		}
		return loaded;
	}

	private static void add(Map<Character, List<Named>> index, String name, Division division) {
		index.computeIfAbsent(name.charAt(0), (first) -> new ArrayList<>()).add(new Named(name, division));
	}

	private static String withoutSuffix(String name) {
		for (String[] suffix : SUFFIXES) {
			if (name.endsWith(suffix[0])) {
				return name.substring(0, name.length() - suffix[0].length()) + suffix[1];
			}
		}
		return name;
	}

	private record Named(String name, Division division) {

	}

}
