package io.hotline.assist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import io.hotline.address.AddressRecognition;
import io.hotline.address.AddressRecognizer;
import io.hotline.address.Gazetteer;
import io.hotline.classification.Example;
import io.hotline.classification.Prediction;
import io.hotline.classification.TextClassifier;
import io.hotline.conversation.Conversation;
import io.hotline.conversation.DialogueModels;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.platform.QuotedCsv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Form filling measured field by field on held-out conversations (see
 * {@code docs/assist.md}, "Measuring"): calls made from held-out Teddy messages (the
 * message said in a few utterances, then the place, the name and the number said in
 * varied ways; the caller says the details, not the title) and the CSDS dialogues (their
 * masked phone and address filled with generated ones). Beside each, the agent's
 * baseline: the same classifier on the message as typed (its title and details) and the
 * recognizer on the address as typed into the address field. {@code benchmark-assist}
 * runs it; {@code benchmark-inspection} may.
 */
public final class FormBenchmark {

	private final Path shared;

	private final Gazetteer gazetteer;

	private final PrintStream out;

	private DialogueModels models;

	public FormBenchmark(Path shared, Gazetteer gazetteer, PrintStream out) {
		this.shared = shared;
		this.gazetteer = gazetteer;
		this.out = out;
	}

	/**
	 * Both measures where their files are under {@code shared} ({@code benchmark-assist},
	 * and {@code benchmark-inspection} for the form's accuracy per field); false where
	 * there is no shared data.
	 */
	public static boolean measure(Path shared, int calls, int dialogues, long seed, PrintStream out)
			throws IOException {
		if (!Files.isDirectory(shared.resolve("data"))) {
			out.println("no shared data under " + shared.toAbsolutePath().normalize() + ": nothing to measure");
			return false;
		}
		FormBenchmark benchmark = new FormBenchmark(shared, Gazetteer.load(), out);
		if (Files.exists(shared.resolve("data/teddy2020/attachment2_messages.csv"))) {
			benchmark.teddy(calls, seed);
		}
		if (Files.exists(shared.resolve("data/dialogue/csds_train.jsonl"))) {
			benchmark.csds(dialogues, seed);
		}
		return true;
	}

	/** Right out of asked, as a share. */
	static final class Score {

		int right;

		int asked;

		void add(boolean ok) {
			this.asked++;
			if (ok) {
				this.right++;
			}
		}

		@Override
		public String toString() {
			return String.format("%5.1f %% (%d/%d)", (this.asked == 0) ? 0 : 100.0 * this.right / this.asked,
					this.right, this.asked);
		}

	}

	/**
	 * Teddy: {@code calls} held-out messages of attachment 2 (seeded), the classifier
	 * trained on the other messages of {@code dispatch_train.csv}.
	 */
	public Map<String, Score> teddy(int calls, long seed) throws IOException {
		Path dir = this.shared.resolve("data/teddy2020");
		List<List<String>> messages = rows(dir.resolve("attachment2_messages.csv"));
		messages = new ArrayList<>(messages.subList(1, messages.size()));
		Collections.shuffle(messages, new Random(seed));
		List<List<String>> held = messages.subList(0, Math.min(calls, messages.size()));
		Set<String> heldTexts = new HashSet<>();
		held.forEach((m) -> heldTexts.add(key(m.get(2) + m.get(4))));
		List<Example> training = new ArrayList<>();
		List<List<String>> all = rows(dir.resolve("dispatch_train.csv"));
		for (List<String> row : all.subList(1, all.size())) {
			if (!heldTexts.contains(key(row.get(1)))) {
				training.add(new Example(row.get(0), row.get(1)));
			}
		}
		long started = System.nanoTime();
		TextClassifier classifier = TextClassifier.train(training);
		this.out.printf("teddy: %,d held-out messages as calls; classifier trained on the other %,d in %.0f s%n",
				held.size(), training.size(), (System.nanoTime() - started) / 1e9);
		Function<String, AddressRecognition> places = AddressRecognizer.offline(this.gazetteer, "4401");
		FormReading reading = new FormReading(classifier::predict, (code) -> code, places, (text) -> List.of(),
				models()::summarize);
		Random random = new Random(seed);
		SpokenCalls spoken = new SpokenCalls(this.gazetteer, "4401", random);
		Map<String, Score> scores = new LinkedHashMap<>();
		Map<String, Score> byVariant = new HashMap<>();
		double titleRouge = 0;
		double extractiveRouge = 0;
		for (List<String> message : held) {
			String label = message.get(5);
			List<Utterance> said = new ArrayList<>();
			said.add(Utterance.of(Speaker.AGENT, "您好，12345热线，请问有什么可以帮您？"));
			said.addAll(SpokenCalls.message(message.get(4), random));
			SpokenCalls.Place place = spoken.place();
			SpokenCalls.Said name = spoken.name();
			SpokenCalls.Said phone = spoken.phone();
			said.add(Utterance.of(Speaker.AGENT, "请问具体在什么位置？"));
			said.add(Utterance.of(Speaker.CALLER, place.text()));
			said.add(Utterance.of(Speaker.AGENT, "请问您贵姓？"));
			said.add(Utterance.of(Speaker.CALLER, name.text()));
			said.add(Utterance.of(Speaker.AGENT, "您的联系电话是？"));
			said.add(Utterance.of(Speaker.CALLER, phone.text()));
			said.add(Utterance.of(Speaker.AGENT, "好的，还有其他问题吗？"));
			said.add(Utterance.of(Speaker.CALLER, "没有了，谢谢"));
			Conversation call = new Conversation(null, said);
			ProposedForm form = reading.read(call);
			add(scores, "category (form from the call)", label.equals(form.category().value()));
			add(scores, "category (the caller's words alone)",
					label.equals(classifier.predict(call.text(Speaker.CALLER)).label()));
			add(scores, "category (agent baseline: typed message)",
					label.equals(classifier.predict(message.get(2) + message.get(4)).label()));
			add(scores, "address street (form from the call)", Objects.equals(place.streetCode(), form.streetCode()));
			add(scores, "address district (form from the call)",
					Objects.equals(place.districtCode(), form.districtCode()));
			AddressRecognition typed = places.apply(place.typed());
			add(scores, "address street (agent baseline: typed address)",
					Objects.equals(place.streetCode(), typed.place().codes().streetCode()));
			add(byVariant, "address " + place.variant(), Objects.equals(place.streetCode(), form.streetCode()));
			add(scores, "caller surname", Objects.equals(name.truth(), surname(form.callerName())));
			add(byVariant, "name " + name.variant(), Objects.equals(name.truth(), surname(form.callerName())));
			add(scores, "caller phone", Objects.equals(phone.truth(), form.callerPhone().value()));
			add(byVariant, "phone " + phone.variant(), Objects.equals(phone.truth(), form.callerPhone().value()));
			titleRouge += rouge1(form.title().filled() ? form.title().value() : "", message.get(2));
			FormField extractive = Summaries.title(call);
			extractiveRouge += rouge1(extractive.filled() ? extractive.value() : "", message.get(2));
		}
		scores.forEach((field, score) -> this.out.printf("  %-48s %s%n", field, score));
		new java.util.TreeMap<>(byVariant).forEach((v, score) -> this.out.printf("    %-46s %s%n", v, score));
		this.out.printf("  %-48s %.3f (extractive: %.3f)%n", "title, character ROUGE-1 F1 vs. the message's title",
				titleRouge / held.size(), extractiveRouge / held.size());
		return scores;
	}

	/**
	 * CSDS: the first {@code dialogues} dialogues, their masked slots filled (seeded).
	 */
	public Map<String, Score> csds(int dialogues, long seed) throws IOException {
		Path file = this.shared.resolve("data/dialogue/csds_train.jsonl");
		JsonMapper json = JsonMapper.builder().build();
		Random random = new Random(seed);
		SpokenCalls spoken = new SpokenCalls(this.gazetteer, "4401", random);
		Function<String, AddressRecognition> places = AddressRecognizer.offline(this.gazetteer, "4401");
		FormReading reading = new FormReading(
				(text) -> new Prediction(List.of(new Prediction.Scored("-", 1)), List.of()), (code) -> code, places,
				(text) -> List.of(), models()::summarize);
		Map<String, Score> scores = new LinkedHashMap<>();
		double summaryRouge = 0;
		double extractiveRouge = 0;
		int read = 0;
		int names = 0;
		try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = lines.readLine(); line != null && read < dialogues; line = lines.readLine()) {
				JsonNode dialogue = json.readTree(line);
				read++;
				String name = null;
				String phone = null;
				SpokenCalls.Place place = null;
				List<Utterance> said = new ArrayList<>();
				for (JsonNode turn : dialogue.get("turns")) {
					Speaker speaker = "agent".equals(turn.get("speaker").asString()) ? Speaker.AGENT : Speaker.CALLER;
					String text = turn.get("text").asString();
					while (text.contains("[姓名]")) {
						SpokenCalls.Said n = spoken.name();
						String full = n.text().replaceAll("^(我姓|免贵姓|我叫|姓)", "").replaceAll("[，。].*$", "");
						text = text.replaceFirst("\\[姓名]", full);
						if (speaker == Speaker.CALLER && name == null) {
							name = n.truth();
						}
					}
					while (text.contains("[电话]")) {
						SpokenCalls.Said p = spoken.phone();
						String number = (p.truth() == null) ? "13800138000" : p.truth();
						text = text.replaceFirst("\\[电话]", number);
						if (speaker == Speaker.CALLER) {
							phone = number;
						}
					}
					while (text.contains("[地址]")) {
						SpokenCalls.Place p = spoken.place();
						text = text.replaceFirst("\\[地址]", p.typed());
						if (speaker == Speaker.CALLER && place == null) {
							place = p;
						}
					}
					said.add(Utterance.of(speaker, text));
				}
				Conversation conversation = new Conversation(dialogue.get("id").asString(), said);
				ProposedForm form = reading.read(conversation);
				if (name != null) {
					names++;
				}
				if (phone != null || form.callerPhone().filled()) {
					add(scores, "caller phone (said, or proposed)", Objects.equals(phone, form.callerPhone().value()));
				}
				if (place != null) {
					add(scores, "address street (said by the caller)",
							Objects.equals(place.streetCode(), form.streetCode()));
				}
				JsonNode reference = dialogue.get("caller_summary");
				if (reference != null && !reference.isNull()) {
					String summary = form.summary().filled() ? form.summary().value().replace("来电人反映：", "") : "";
					summaryRouge += rouge1(summary, reference.asString());
					FormField extractive = Summaries.summary(conversation);
					extractiveRouge += rouge1(extractive.filled() ? extractive.value().replace("来电人反映：", "") : "",
							reference.asString());
				}
			}
		}
		this.out.printf("csds: %,d dialogues (names not scored: CSDS masks as [姓名] words that are no name, "
				+ "祝您身体[姓名][姓名]康康; %d dialogues with one said by the caller)%n", read, names);
		scores.forEach((field, score) -> this.out.printf("  %-48s %s%n", field, score));
		this.out.printf("  %-48s %.3f (extractive: %.3f)%n", "caller summary, character ROUGE-1 F1",
				summaryRouge / Math.max(1, read), extractiveRouge / Math.max(1, read));
		return scores;
	}

	/** The shipped dialogue models, loaded once. */
	private DialogueModels models() {
		if (this.models == null) {
			this.models = DialogueModels.load();
		}
		return this.models;
	}

	private static void add(Map<String, Score> scores, String field, boolean right) {
		scores.computeIfAbsent(field, (f) -> new Score()).add(right);
	}

	private static String surname(FormField name) {
		if (!name.filled()) {
			return null;
		}
		String value = name.value();
		for (String compound : CallerDetails.SURNAMES_COMPOUND.split("\\|")) {
			if (value.startsWith(compound)) {
				return compound;
			}
		}
		return value.substring(0, 1);
	}

	/** Character ROUGE-1 F1 (punctuation and spaces left out). */
	static double rouge1(String candidate, String reference) {
		Map<Integer, Integer> ref = counts(reference);
		Map<Integer, Integer> cand = counts(candidate);
		int overlap = 0;
		for (Map.Entry<Integer, Integer> c : cand.entrySet()) {
			overlap += Math.min(c.getValue(), ref.getOrDefault(c.getKey(), 0));
		}
		int candTotal = cand.values().stream().mapToInt(Integer::intValue).sum();
		int refTotal = ref.values().stream().mapToInt(Integer::intValue).sum();
		if (overlap == 0) {
			return 0;
		}
		double p = (double) overlap / candTotal;
		double r = (double) overlap / refTotal;
		return 2 * p * r / (p + r);
	}

	private static Map<Integer, Integer> counts(String text) {
		Map<Integer, Integer> counts = new HashMap<>();
		text.codePoints().filter(Character::isLetterOrDigit).forEach((c) -> counts.merge(c, 1, Integer::sum));
		return counts;
	}

	private static String key(String text) {
		String flat = text.replaceAll("\\s+", "");
		return flat.substring(0, Math.min(60, flat.length()));
	}

	private static List<List<String>> rows(Path file) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return QuotedCsv.rows(reader);
		}
	}

}
