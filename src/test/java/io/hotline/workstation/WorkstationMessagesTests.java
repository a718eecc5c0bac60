package io.hotline.workstation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the workstation is there in Chinese and in English. */
class WorkstationMessagesTests {

	private static final Path I18N = Path.of("frontend/src/i18n");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> chinese = keys(I18N.resolve("zh-CN.json"));
		assertThat(chinese).contains("call.incoming", "call.linkOnRegister", "event.CALL_LINKED");
		assertThat(keys(I18N.resolve("en.json"))).containsExactlyInAnyOrderElementsOf(chinese);
	}

	@Test
	void eachFeaturesTextsAreThereInBothLanguages() throws IOException {
		try (Stream<Path> files = Files.list(I18N.resolve("parts"))) {
			for (Path chinese : files.filter((f) -> f.toString().endsWith(".zh-CN.json")).toList()) {
				Path english = chinese.resolveSibling(chinese.getFileName().toString().replace(".zh-CN.", ".en."));
				assertThat(english).as("the English texts beside %s", chinese).exists();
				assertThat(keys(english)).as(english.toString()).containsExactlyInAnyOrderElementsOf(keys(chinese));
			}
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		Set<String> keys = new TreeSet<>();
		collect(JsonMapper.builder().build().readTree(file.toFile()), "", keys);
		return keys;
	}

	private static void collect(JsonNode node, String prefix, Set<String> keys) {
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			if (field.getValue().isObject()) {
				collect(field.getValue(), prefix + field.getKey() + ".", keys);
			}
			else {
				keys.add(prefix + field.getKey());
			}
		}
	}

}
