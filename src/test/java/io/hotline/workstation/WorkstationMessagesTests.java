package io.hotline.workstation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
