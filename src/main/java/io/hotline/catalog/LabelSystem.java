package io.hotline.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A three-level label system (一级分类, 二级分类, 三级分类 per row) turned into the catalog's tree:
 * every distinct name on a level under its parent becomes a category, numbered in order
 * of first appearance with two digits per level ({@code 01}, {@code 0101},
 * {@code 010101}), so the same file always gives the same codes.
 */
final class LabelSystem {

	private LabelSystem() {
	}

	/** The categories, each parent before its children. */
	static List<Label> parse(List<String[]> rows) {
		Map<String, Label> byPath = new LinkedHashMap<>();
		Map<String, Integer> childCount = new LinkedHashMap<>();
		for (String[] row : rows) {
			if (row.length < 3 || row[0].isEmpty() || row[1].isEmpty() || row[2].isEmpty()) {
				throw new IllegalArgumentException("A label row needs three names: " + String.join(",", row));
			}
			Label parent = null;
			for (int level = 1; level <= 3; level++) {
				String path = String.join("/", List.of(row).subList(0, level));
				Label current = byPath.get(path);
				if (current == null) {
					String parentKey = parent == null ? "" : parent.code();
					int number = childCount.merge(parentKey, 1, Integer::sum);
					if (number > 99) {
						throw new IllegalArgumentException("More than 99 categories under '" + parentKey + "'");
					}
					List<String> names = List.of(row).subList(0, level);
					current = new Label(parentKey + String.format("%02d", number), names,
							parent == null ? null : parent.code());
					byPath.put(path, current);
				}
				parent = current;
			}
		}
		return new ArrayList<>(byPath.values());
	}

	/** One category of the label system: its code and the names from level 1 down. */
	record Label(String code, List<String> names, String parentCode) {

		Label {
			names = List.copyOf(names);
		}

		int level() {
			return this.names.size();
		}

		String name() {
			return this.names.get(this.names.size() - 1);
		}

		String pathName() {
			return String.join("/", this.names);
		}

	}

}
