package io.hotline.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem the code can raise has its text in Chinese and in English. */
class ProblemMessagesTests {

	private static final Pattern KEY_IN_CODE = Pattern.compile(
			"(?:Problem\\s*\\.\\s*(?:invalid|forbidden|notFound|conflict|preconditionRequired|tooLarge|tooMany|phrase)|ProblemMessages\\.text)\\(\\s*"
					// a 429 says first when to try again
					+ "(?:[\\w.()]+\\s*,\\s*)?\"([^\"]+)\""
					// the work order names its refused actions by key
					+ "|\"(order\\.action\\.[a-z-]+)\"");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	@Test
	void everyKeyOfTheCodeIsInBothLanguages() throws IOException {
		Set<String> used = keysInCode();
		assertThat(used).hasSizeGreaterThan(50);
		// the platform's own sentences (facts) are read through the same messages
		for (String language : List.of("", "_en")) {
			Set<String> missing = new TreeSet<>(used);
			missing.removeAll(texts("problems" + language + ".properties").stringPropertyNames());
			missing.removeAll(texts("notes" + language + ".properties").stringPropertyNames());
			assertThat(missing).as("keys missing from problems%s.properties", language).isEmpty();
		}
	}

	@Test
	void bothLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
		Properties chinese = texts("problems.properties");
		Properties english = texts("problems_en.properties");
		assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		Stream.of(chinese, english)
			.flatMap((texts) -> texts.values().stream())
			.forEach((pattern) -> assertThat(
					new MessageFormat((String) pattern).format(new Object[] { "a", "b", "c", "d" }))
				.as(pattern.toString())
				.doesNotContain("{"));
	}

	@Test
	void readsInEnglishAsAnExceptionWithValuesAsWritten() {
		Problem problem = Problem.conflict("order.not-now", "202611220000001", "REGISTERED",
				Problem.phrase("order.action.sign"), Set.of("DISPATCHED"));
		assertThat(problem.getMessage())
			.isEqualTo("Order 202611220000001 is REGISTERED and cannot be signed (allowed from [DISPATCHED])");
		assertThat(ProblemMessages.text(problem, java.util.Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("工单 202611220000001 当前状态为 REGISTERED，不能签收（允许的状态：[DISPATCHED]）");
		assertThat(Problem.notFound("unit.not-found", 987654321L).getMessage()).isEqualTo("No unit 987654321");
	}

	private static Set<String> keysInCode() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
				}
			}
		}
		return keys;
	}

	private static Properties texts(String bundle) throws IOException {
		Properties texts = new Properties();
		try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}

}
