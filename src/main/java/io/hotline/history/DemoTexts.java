package io.hotline.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.hotline.history.CsvReader.CsvRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * What the demo's citizens write: the real messages of the Teddy Cup data by first-level
 * label when the build put them into the jar ({@code history/dispatch_train.csv}), else
 * sentences of {@code history/demo-texts.txt} about the order's place and category.
 */
final class DemoTexts {

	static final String REAL = "history/dispatch_train.csv";

	static final String TEMPLATES = "history/demo-texts.txt";

	private final Map<String, List<String>> messagesByLabel;

	private final List<String> requests = new ArrayList<>();

	private final List<String> replies = new ArrayList<>();

	DemoTexts(Map<String, List<String>> messagesByLabel) {
		this.messagesByLabel = messagesByLabel;
		for (String line : lines(TEMPLATES)) {
			String[] parts = line.split("\\|", 2);
			(parts[0].equals("reply") ? this.replies : this.requests).add(parts[1]);
		}
	}

	/** The texts of the build: real messages when present. */
	static DemoTexts load() {
		Map<String, List<String>> messages = new HashMap<>();
		ClassPathResource real = new ClassPathResource(REAL);
		if (real.exists()) {
			try (CsvReader csv = new CsvReader(SourceFile.open(real.getInputStream(), null).text())) {
				csv.next();
				for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
					if (r.problem() == null && r.fields().size() == 2 && r.fields().get(1).length() > 10) {
						messages.computeIfAbsent(r.fields().get(0).strip(), (k) -> new ArrayList<>())
							.add(r.fields().get(1).strip());
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + REAL, ex);
			}
		}
		return new DemoTexts(messages);
	}

	boolean real() {
		return !this.messagesByLabel.isEmpty();
	}

	/** A citizen's message about the category, whose level-1 name picks real ones. */
	String request(Random random, String levelOneName, String categoryName, String place) {
		List<String> real = this.messagesByLabel.get(levelOneName);
		if (real != null && !real.isEmpty()) {
			return real.get(random.nextInt(real.size()));
		}
		return pick(random, this.requests).replace("{place}", place).replace("{category}", categoryName);
	}

	String reply(Random random) {
		return pick(random, this.replies);
	}

	/** The first clause of the message, as an agent would title it. */
	static String title(String content) {
		String first = content.split("[，。！？,.!?\\s]", 2)[0];
		return first.length() > 24 ? first.substring(0, 24) : first;
	}

	private static String pick(Random random, List<String> texts) {
		return texts.get(random.nextInt(texts.size()));
	}

	private static List<String> lines(String resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().filter((l) -> !l.isBlank() && !l.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
