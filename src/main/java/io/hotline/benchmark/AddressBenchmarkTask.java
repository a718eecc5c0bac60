package io.hotline.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import io.hotline.address.AddressRecognizer;
import io.hotline.address.Gazetteer;
import io.hotline.address.ResolvedAddress;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.HotlineTask;
import io.hotline.platform.TaskOptions;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-address [--texts 1000] [--jurisdictions 4401,62] [--requests 4000]
 * [--clients 4] [--shared ../shared] [--seed 5] [--errors FILE]}: the national
 * gazetteer's load time and heap, the accuracy per level on labelled texts (hand-written
 * ones of several cities, and generated ones per jurisdiction) beside HanLP's place
 * recognition, and the latency of {@code POST /api/nlp/address} over HTTP with 1 and
 * several clients.
 */
@Component
class AddressBenchmarkTask implements HotlineTask {

	private final Environment environment;

	private final HotlineProperties properties;

	private final AddressRecognizer recognizer;

	AddressBenchmarkTask(Environment environment, HotlineProperties properties, AddressRecognizer recognizer) {
		this.environment = environment;
		this.properties = properties;
		this.recognizer = recognizer;
	}

	@Override
	public String name() {
		return "benchmark-address";
	}

	@Override
	public String description() {
		return "measure address recognition: gazetteer load, accuracy per level beside HanLP's, latency over HTTP";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		print("machine: %d cores, Java %s, max heap %d MiB", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		if (System.getenv("HOTLINE_BENCHMARK_DATA_DIR") == null) {
			BenchmarkTask.removeOnExit(this.properties.dataDir());
		}
		Gazetteer gazetteer = this.recognizer.gazetteer();
		measureLoad();
		Map<String, List<LabelledText>> sets = sets(options, gazetteer);
		long started = System.nanoTime();
		HanlpPlaces hanlp = new HanlpPlaces(gazetteer);
		hanlp.place("广州市天河区", "4401");
		print("HanLP portable loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
		List<String> errors = new ArrayList<>();
		for (Map.Entry<String, List<LabelledText>> set : sets.entrySet()) {
			print("%s, %d texts:", set.getKey(), set.getValue().size());
			print("  ours:  %s",
					score(set.getValue(), (text, j) -> this.recognizer.recognize(text, j).place().codes(), errors));
			print("  HanLP: %s", score(set.getValue(), hanlp::place, null));
		}
		if (options.get("errors").isPresent()) {
			Files.write(Path.of(options.get("errors").get()), errors);
		}
		return latency(options, sets);
	}

	/** A second gazetteer, loaded once the shared one is, to see what one costs. */
	private void measureLoad() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		long started = System.nanoTime();
		Gazetteer fresh = Gazetteer.load();
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.gc();
		long retained = runtime.totalMemory() - runtime.freeMemory() - before;
		print("gazetteer: %,d divisions loaded in %,d ms, %,d MiB of heap retained", fresh.size(), millis,
				retained >> 20);
	}

	private Map<String, List<LabelledText>> sets(TaskOptions options, Gazetteer gazetteer) throws Exception {
		Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
		List<LabelledText> hand = HandWrittenAddresses.load();
		String served = this.properties.jurisdiction();
		sets.put("hand-written, each to its own city", hand);
		sets.put("hand-written, all to " + served,
				hand.stream().map((t) -> new LabelledText(served, t.truth(), t.text(), t.variant())).toList());
		Path shared = Path.of(options.get("shared").orElse("../shared"));
		CarrierSentences carriers = CarrierSentences.load(shared);
		print(carriers.size() > 0 ? "%,d real messages of %s carry half of the generated addresses"
				: "no real messages under %2$s: generated addresses go into complaint sentences only", carriers.size(),
				shared.toAbsolutePath().normalize());
		Random random = new Random(options.intValue("seed", 5));
		for (String jurisdiction : options.get("jurisdictions").orElse("4401,62").split(",")) {
			sets.put("generated for " + jurisdiction, GeneratedAddresses.of(gazetteer, jurisdiction.strip(),
					options.intValue("texts", 1000), carriers, random));
		}
		return sets;
	}

	private static String score(List<LabelledText> texts, BiFunction<String, String, ResolvedAddress> recognise,
			List<String> errors) {
		AddressScores scores = new AddressScores();
		Map<String, AddressScores> byVariant = new java.util.TreeMap<>();
		long started = System.nanoTime();
		for (LabelledText text : texts) {
			ResolvedAddress found = recognise.apply(text.text(), text.jurisdiction());
			scores.add(text, found);
			byVariant.computeIfAbsent(text.variant().replace(", in a message", ""), (v) -> new AddressScores())
				.add(text, found);
			if (errors != null && !found.equals(text.truth())) {
				errors.add(String.join("\t", text.jurisdiction(), text.variant(), String.valueOf(text.truth()),
						String.valueOf(found), text.text()));
			}
		}
		double micros = (System.nanoTime() - started) / 1e3 / Math.max(1, texts.size());
		StringBuilder variants = new StringBuilder();
		if (byVariant.size() > 1) {
			variants.append("\n         by variant (district/street/community %):");
			byVariant.forEach((variant,
					score) -> variants.append(' ').append(variant).append(' ').append(score.brief()).append(';'));
		}
		return scores.describe() + String.format("; %.0f µs a text", micros) + variants;
	}

	private int latency(TaskOptions options, Map<String, List<LabelledText>> sets) throws Exception {
		int requests = options.intValue("requests", 4_000);
		int clients = options.intValue("clients", 4);
		List<String> texts = sets.values().stream().flatMap(List::stream).map(LabelledText::text).toList();
		int port = Integer.parseInt(this.environment.getRequiredProperty("local.server.port"));
		AddressLoad load = new AddressLoad(port, "agent1", this.properties.demo().password(), texts);
		print("warm-up:           %s", load.run(clients, requests).describe("texts"));
		Latencies one = load.run(1, requests);
		print("over HTTP, 1 client:  %s", one.describe("texts"));
		Latencies several = load.run(clients, requests);
		print("over HTTP, %d clients: %s", clients, several.describe("texts"));
		return one.failures() + several.failures() == 0 ? 0 : 1;
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(format, args));
	}

}
