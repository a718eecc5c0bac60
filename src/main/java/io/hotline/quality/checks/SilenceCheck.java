package io.hotline.quality.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.stereotype.Component;

/**
 * 静音与保持: each gap longer than {@code seconds} (10) between the end of everything said so
 * far and the next utterance, while the call lasts; the finding rests on the utterance
 * that ends the silence.
 */
@Component
class SilenceCheck implements Check {

	@Override
	public String kind() {
		return "SILENCE";
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		Duration longest = Duration.ofMillis((long) (rule.number("seconds", 10) * 1000));
		List<Finding> found = new ArrayList<>();
		Duration said = null;
		for (int i = 0; i < subject.size(); i++) {
			var u = subject.utterance(i);
			if (!u.timed()) {
				return List.of();
			}
			if (said != null && u.start().minus(said).compareTo(longest) > 0) {
				double seconds = u.start().minus(said).toMillis() / 1000.0;
				found.add(subject.at(rule, i, String.format("静音 %.1f 秒（超过 %s 秒）", seconds, seconds(longest))));
			}
			said = (said == null || u.end().compareTo(said) > 0) ? u.end() : said;
		}
		return found;
	}

	private static String seconds(Duration d) {
		return (d.toMillis() % 1000 == 0) ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0);
	}

}
