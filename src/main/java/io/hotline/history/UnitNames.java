package io.hotline.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;

/**
 * The names an import's rows give the units they name, counted, so that a unit is named
 * after the name most of its rows give rather than its first row's (Boston's department
 * PARK first appears under "Transportation - Traffic Division", then 9,502 times as
 * "Parks &amp; Recreation Department"), and no two units share a name: of the units that
 * would, the one with the most rows keeps it and the others get their code appended,
 * "Mayor's 24 Hour Hotline (BOS-GEN_)"; a unit that holds the name already keeps it.
 * Units stored before the import keep their names unless renaming them is asked for.
 */
final class UnitNames {

	private final Map<String, Map<String, long[]>> counts = new HashMap<>();

	private final Set<String> created = new HashSet<>();

	void count(String code, String name) {
		Map<String, long[]> names = this.counts.get(code);
		if (names == null) {
			names = new LinkedHashMap<>();
			this.counts.put(code, names);
		}
		long[] count = names.get(name);
		if (count == null) {
			names.put(name, new long[] { 1 });
		}
		else {
			count[0]++;
		}
	}

	void created(String code) {
		this.created.add(code);
	}

	/**
	 * Renames the units the import created, and with {@code renameStored} the stored ones
	 * it named, to the names settled on; answers notes for the report.
	 */
	List<String> settle(Organisation organisation, boolean renameStored) {
		if (this.counts.isEmpty()) {
			return List.of();
		}
		Map<String, HandlingUnit> units = new HashMap<>();
		organisation.allUnits().forEach((listing) -> units.put(listing.unit().code(), listing.unit()));
		Set<String> settled = new HashSet<>(this.created);
		if (renameStored) {
			settled.addAll(this.counts.keySet());
		}
		List<String> notes = new ArrayList<>();
		Map<String, String> names = plan(units, settled, notes);
		for (Map.Entry<String, String> entry : names.entrySet()) {
			HandlingUnit unit = units.get(entry.getKey());
			if (!unit.name().equals(entry.getValue())) {
				organisation.rename(unit.id(), entry.getValue());
				if (!this.created.contains(unit.code())) {
					notes.add(String.format("unit %s renamed from '%s' to '%s'", unit.code(), unit.name(),
							entry.getValue()));
				}
			}
		}
		if (!renameStored) {
			plan(units, this.counts.keySet(), new ArrayList<>()).forEach((code, name) -> {
				HandlingUnit unit = units.get(code);
				if (!this.created.contains(code) && !unit.name().equals(name)) {
					notes.add(String.format("unit %s keeps its name '%s', though its rows here name it '%s'"
							+ " (--rename-units renames it)", code, unit.name(), name));
				}
			});
		}
		return notes;
	}

	/**
	 * The names of the units {@code settled}, most rows first, beside the names every
	 * other unit holds; {@code notes} hears of each name that took a code.
	 */
	private Map<String, String> plan(Map<String, HandlingUnit> units, Set<String> settled, List<String> notes) {
		Map<String, String> holders = new HashMap<>();
		units.values()
			.stream()
			.filter((unit) -> !settled.contains(unit.code()))
			.sorted(Comparator.comparing((HandlingUnit unit) -> unit.id().value()))
			.forEach((unit) -> holders.putIfAbsent(key(unit.name()), unit.code()));
		Map<String, String> names = new LinkedHashMap<>();
		settled.stream()
			.filter(units::containsKey)
			.sorted(Comparator.comparingLong(this::rows).reversed().thenComparing(Comparator.naturalOrder()))
			.forEach((code) -> {
				String common = mostCommon(code);
				String name = common;
				String holder = holders.get(key(name));
				if (holder != null) {
					name = common + " (" + code + ")";
					for (int n = 2; holders.containsKey(key(name)); n++) {
						name = common + " (" + code + " " + n + ")";
					}
					notes.add(String.format("unit %s is named '%s': '%s' is the name of unit %s", code, name, common,
							holder));
				}
				holders.put(key(name), code);
				names.put(code, name);
			});
		return names;
	}

	private long rows(String code) {
		return this.counts.get(code).values().stream().mapToLong((count) -> count[0]).sum();
	}

	/** The name most rows give; of equally many, the first seen. */
	private String mostCommon(String code) {
		String best = null;
		long most = 0;
		for (Map.Entry<String, long[]> entry : this.counts.get(code).entrySet()) {
			if (entry.getValue()[0] > most) {
				best = entry.getKey();
				most = entry.getValue()[0];
			}
		}
		return best;
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
