package io.hotline.dispatch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.hotline.dispatch.DispatchAdvice.Suggestion;
import io.hotline.dispatch.PastOrders.PastOrder;
import io.hotline.dispatch.PastOrders.PlaceCount;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.platform.HotlineTask;
import io.hotline.platform.QuotedCsv;
import io.hotline.platform.TaskOptions;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code benchmark-dispatch [--train 10000] [--held-out 1000] [--teddy
 * ../shared/data/teddy2020/dispatch_train.csv]}: how often the right unit is the first
 * suggestion and among the first three, for orders the model did not learn from. The demo
 * year (or whatever history {@code HOTLINE_DATA_DIR} holds): a model trained on the
 * closed orders before the newest {@code --held-out}, asked about those newest ones, with
 * their category and without; the Teddy messages: a model trained on 80 % of them (each
 * label's unit of the demo organisation as the unit that handled it), asked about the
 * other 20 %. Without the Teddy file that part is skipped, saying where it looked.
 */
@Component
class DispatchBenchmarkTask implements HotlineTask {

	/** The unit of the demo organisation that handles each Teddy label's matters. */
	static final Map<String, String> TEDDY_UNITS = Map.of("城乡建设", "DEMO-UNIT-1", "环境保护", "DEMO-UNIT-2", "交通运输",
			"DEPT-TRANSPORT", "教育文体", "DEPT-EDU", "劳动和社会保障", "DEPT-HRSS", "商贸旅游", "DEPT-COMMERCE", "卫生计生",
			"DEPT-HEALTH");

	/**
	 * Other shares of a category that make its units relevant, compared with the one
	 * used.
	 */
	private static final double[] SHARES = { 0.05, 0.02, 0.005, 0.002 };

	private final DispatchModels models;

	private final DispatchSuggestions suggestions;

	private final PastOrders history;

	private final Organisation organisation;

	DispatchBenchmarkTask(DispatchModels models, DispatchSuggestions suggestions, PastOrders history,
			Organisation organisation) {
		this.models = models;
		this.suggestions = suggestions;
		this.history = history;
		this.organisation = organisation;
	}

	@Override
	public String name() {
		return "benchmark-dispatch";
	}

	@Override
	public String description() {
		return "dispatch suggestions on held-out orders: the right unit first / in the first three";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		int train = options.intValue("train", 10_000);
		int heldOut = options.intValue("held-out", 1_000);
		System.out.printf("machine: %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		List<PastOrder> closed = this.history.latest(train + heldOut);
		if (closed.size() <= heldOut) {
			throw new IllegalArgumentException("only " + closed.size() + " closed orders: fewer than --held-out "
					+ heldOut + " and some to learn from");
		}
		List<PastOrder> newest = closed.subList(0, heldOut);
		List<PastOrder> older = closed.subList(heldOut, closed.size());
		System.out.printf("history: trained on %,d closed orders, asked about the %,d newest ones%n", older.size(),
				newest.size());
		measure("history", older, newest, true);
		Path teddy = Path.of(options.get("teddy").orElse("../shared/data/teddy2020/dispatch_train.csv"));
		if (!Files.isRegularFile(teddy)) {
			System.out.println("teddy: skipped, no file at " + teddy.toAbsolutePath().normalize()
					+ " (give --teddy FILE, or put the shared data there)");
			return 0;
		}
		List<PastOrder> messages = teddy(teddy);
		List<PastOrder> learned = new ArrayList<>();
		List<PastOrder> asked = new ArrayList<>();
		messages.forEach((m) -> (Math.floorMod(m.number().hashCode(), 5) == 0 ? asked : learned).add(m));
		System.out.printf("teddy: trained on %,d messages, asked about %,d (labels as units of the demo)%n",
				learned.size(), asked.size());
		measure("teddy", learned, asked, false);
		return 0;
	}

	private void measure(String what, List<PastOrder> learned, List<PastOrder> asked, boolean withCategory)
			throws IOException {
		Path folder = Files.createTempDirectory("benchmark-dispatch-");
		try {
			long started = System.nanoTime();
			PlaceRouting routing = PlaceRouting.of(counts(learned), List.of());
			this.models.newTraining().train(learned, routing, folder);
			System.out.printf("%s: model trained in %.0f s%n", what, (System.nanoTime() - started) / 1e9);
			try (DispatchModel model = DispatchModel.load(0, folder, this.models.jurisdictions())) {
				if (withCategory) {
					report(what + ", category known", (o) -> rank(model, o, true, UnitMixture.RELEVANT), routing,
							asked);
				}
				report(what + ", category predicted", (o) -> rank(model, o, false, UnitMixture.RELEVANT), routing,
						asked);
				for (double share : SHARES) {
					report(what + ", predicted, relevant ≥ " + share, (o) -> rank(model, o, false, share), routing,
							asked);
				}
			}
			if (withCategory) {
				report(what + ", rules only, known",
						(o) -> this.suggestions.rankByRules(o.text(), o.place(), o.categoryCode(), routing), routing,
						asked);
				report(what + ", rules only, words",
						(o) -> this.suggestions.rankByRules(o.text(), o.place(), null, routing), routing, asked);
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	/**
	 * The right unit first and among the first three; the units listed, and those of them
	 * that never handled the order's kind of matter (neither the catalog's rule for its
	 * category at its place nor a unit that handled such an order in the history
	 * learned).
	 */
	private List<Suggestion> rank(DispatchModel model, PastOrder order, boolean known, double relevantShare) {
		return this.suggestions.rank(model, order.text(), order.place(), known ? order.categoryCode() : null,
				relevantShare);
	}

	private void report(String what, java.util.function.Function<PastOrder, List<Suggestion>> suggest,
			PlaceRouting routing, List<PastOrder> asked) {
		int first = 0;
		int three = 0;
		int listed = 0;
		int offMatter = 0;
		int ordersOffMatter = 0;
		Place anywhere = new Place(null, null, null);
		for (PastOrder order : asked) {
			List<Suggestion> ranked = suggest.apply(order);
			List<Long> units = ranked.stream().map(Suggestion::unitId).toList();
			first += (!units.isEmpty() && units.get(0) == order.mainUnitId()) ? 1 : 0;
			three += units.subList(0, Math.min(3, units.size())).contains(order.mainUnitId()) ? 1 : 0;
			listed += units.size();
			java.util.Set<Long> matter = routing
				.units(order.categoryCode(), anywhere, this.suggestions.ruleUnit(order.categoryCode(), order.place()),
						null)
				.keySet();
			long off = units.stream().filter((u) -> !matter.contains(u)).count();
			offMatter += (int) off;
			ordersOffMatter += off > 0 ? 1 : 0;
		}
		double n = asked.size();
		System.out.printf(
				"%-30s orders %,5d  first %.3f  first three %.3f  units listed %.2f, of them off the matter %.2f (in %.1f %% of orders)%n",
				what + ":", asked.size(), first / n, three / n, listed / n, offMatter / n, 100 * ordersOffMatter / n);
	}

	/** The orders learned from, counted as the routing by place counts the history. */
	private static List<PlaceCount> counts(List<PastOrder> orders) {
		return orders.stream()
			.collect(Collectors.groupingBy(
					(o) -> new PlaceCount(o.categoryCode(), o.districtCode(), o.streetCode(), o.mainUnitId(), 0),
					Collectors.counting()))
			.entrySet()
			.stream()
			.map((e) -> new PlaceCount(e.getKey().categoryCode(), e.getKey().districtCode(), e.getKey().streetCode(),
					e.getKey().unitId(), e.getValue().intValue()))
			.toList();
	}

	private List<PastOrder> teddy(Path file) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<List<String>> rows = QuotedCsv.rows(reader);
			List<PastOrder> orders = new ArrayList<>();
			for (int i = 1; i < rows.size(); i++) {
				List<String> row = rows.get(i);
				Optional<Long> unit = Optional.ofNullable(TEDDY_UNITS.get(row.get(0).strip()))
					.flatMap(this.organisation::unitByCode)
					.map(HandlingUnit::id)
					.map((id) -> id.value());
				if (row.size() >= 2 && unit.isPresent()) {
					orders.add(new PastOrder(-i, "teddy-" + i, "", row.get(1).strip(), "teddy:" + row.get(0).strip(),
							null, null, null, unit.get()));
				}
			}
			return orders;
		}
	}

}
