package io.hotline.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hotline.platform.QuotedCsv;

/**
 * Real citizen messages (the 2020 Teddy Cup data in {@code ../shared}) as carriers of
 * generated addresses: their places are anonymised (A市A3区), so the address goes where the
 * first placeholder was and the other placeholders are removed. Messages that name
 * streets, communities, towns or villages of their own are left out, so that a carrier
 * names no place but the one put in.
 */
final class CarrierSentences {

	private static final Pattern PLACEHOLDER = Pattern.compile("(?:[A-Z]\\d{0,2}[省市区县])+|西地省");

	private static final Pattern OWN_PLACES = Pattern.compile("街道|社区|居委|村委|镇|[^城]乡|[^农]村");

	private static final String[] FILES = { "attachment2_messages.csv", "attachment2_testset_unlabeled.csv",
			"attachment3_hot.csv", "attachment4_replies.csv" };

	private final List<String[]> carriers;

	private CarrierSentences(List<String[]> carriers) {
		this.carriers = carriers;
	}

	/** The carriers of the shared data, none when it is absent. */
	static CarrierSentences load(Path shared) throws IOException {
		List<String[]> carriers = new ArrayList<>();
		Path teddy = shared.resolve("data/teddy2020");
		for (String file : FILES) {
			Path path = teddy.resolve(file);
			if (Files.isRegularFile(path)) {
				try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
					for (List<String> row : QuotedCsv.rows(reader)) {
						carrier(row.size() > 4 ? row.get(4) : "").ifPresent(carriers::add);
					}
				}
			}
		}
		return new CarrierSentences(carriers);
	}

	int size() {
		return this.carriers.size();
	}

	/** The address told inside a real message. */
	String embed(String address, Random random) {
		String[] carrier = this.carriers.get(random.nextInt(this.carriers.size()));
		return carrier[0] + address + carrier[1];
	}

	private static java.util.Optional<String[]> carrier(String message) {
		String text = message.replaceAll("\\s+", "");
		Matcher first = PLACEHOLDER.matcher(text);
		if (!first.find() || OWN_PLACES.matcher(PLACEHOLDER.matcher(text).replaceAll("")).find()) {
			return java.util.Optional.empty();
		}
		String before = clean(text.substring(Math.max(0, first.start() - 30), first.start()));
		String after = clean(text.substring(first.end(), Math.min(text.length(), first.end() + 80)));
		return java.util.Optional.of(new String[] { before, after });
	}

	private static String clean(String text) {
		return PLACEHOLDER.matcher(text).replaceAll("");
	}

}
