package io.hotline.conversation.task;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.Dialogue;
import io.hotline.conversation.DialogueModels;
import io.hotline.conversation.DialogueQuality;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code inspect-dialogues --input DIALOGUES.jsonl --output RESULTS.jsonl}: for each
 * dialogue, one a line, one JSON object a line in the same order: {@code {"id",
 * "quality": {"A", "S", "E"}, "summary", "topics"}}, by the shipped
 * {@link DialogueModels}. No database. Labels in the input are ignored. A wrong line (not
 * a JSON object, no {@code turns}, a speaker other than agent or caller, an empty line)
 * refuses the whole file, naming the line, before anything is written.
 */
public class InspectDialoguesTask implements StandaloneTask {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PrintStream out = System.out;

	@Override
	public String name() {
		return "inspect-dialogues";
	}

	@Override
	public String description() {
		return "expected quality (A, S, E), the caller's request and the topics of each dialogue of a JSONL file";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path input = Path.of(options.required("input"));
		Path output = Path.of(options.required("output"));
		Path folder = output.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new IllegalArgumentException("--output " + output + ": there is no folder " + folder);
		}
		long start = System.nanoTime();
		List<Dialogue> dialogues = DialogueFiles.read(input);
		DialogueModels models = DialogueModels.load();
		try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			for (Dialogue dialogue : dialogues) {
				writer.write(JSON.writeValueAsString(result(models, dialogue.conversation())));
				writer.write('\n');
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		this.out.println(String.format(Locale.ROOT, "inspected %d dialogues in %.1f s (%.0f dialogues/s): %s",
				dialogues.size(), seconds, dialogues.size() / seconds, output));
		return 0;
	}

	static Map<String, Object> result(DialogueModels models, Conversation conversation) {
		DialogueQuality quality = models.assess(conversation);
		Map<String, Object> scores = new LinkedHashMap<>();
		scores.put("A", rounded(quality.accomplishment()));
		scores.put("S", rounded(quality.satisfaction()));
		scores.put("E", rounded(quality.effectiveness()));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("id", conversation.id());
		result.put("quality", scores);
		result.put("summary", models.summarize(conversation));
		result.put("topics", models.topics(conversation));
		return result;
	}

	private static double rounded(double value) {
		return Math.round(value * 10000) / 10000.0;
	}

}
