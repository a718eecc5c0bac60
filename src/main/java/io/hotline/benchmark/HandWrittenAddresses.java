package io.hotline.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.hotline.address.ResolvedAddress;

import org.springframework.core.io.ClassPathResource;

/**
 * The hand-written citizen-style texts of {@code address/labelled-texts.csv}: several
 * real cities, each text with the codes it names, checked against the official data.
 */
final class HandWrittenAddresses {

	static final String FILE = "address/labelled-texts.csv";

	private HandWrittenAddresses() {
	}

	/**
	 * {@code jurisdiction,district,street,community,text}; the text has no ASCII comma.
	 */
	static List<LabelledText> load() {
		List<LabelledText> texts = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] fields = line.split(",", 5);
				texts.add(new LabelledText(fields[0],
						new ResolvedAddress(blank(fields[1]), blank(fields[2]), blank(fields[3])), fields[4],
						"hand-written"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texts;
	}

	private static String blank(String code) {
		return code.isBlank() ? null : code;
	}

}
