package io.hotline.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;

/**
 * A call's transcript as the phone system sends it today (one text, a line an utterance,
 * each line may start with its speaker: 坐席：, 客服：, 来电人：, 市民：) read as utterances; a line
 * without a speaker is the caller's. TODO(issue 20, CTI utterances): read the call's
 * utterances with their speakers and times once the CTI part lands.
 */
final class Transcripts {

	private static final Pattern SPEAKER = Pattern
		.compile("^\\s*(坐席|客服|话务员|agent|AGENT|来电人|来电|市民|用户|caller|CALLER)\\s*[:：]\\s*");

	private Transcripts() {
	}

	static List<Utterance> utterances(String transcript) {
		List<Utterance> utterances = new ArrayList<>();
		if (transcript == null) {
			return utterances;
		}
		for (String line : transcript.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher m = SPEAKER.matcher(line);
			Speaker speaker = Speaker.CALLER;
			String text = line.strip();
			if (m.find()) {
				String who = m.group(1);
				speaker = (who.equals("坐席") || who.equals("客服") || who.equals("话务员") || who.equalsIgnoreCase("agent"))
						? Speaker.AGENT : Speaker.CALLER;
				text = line.substring(m.end()).strip();
			}
			utterances.add(Utterance.of(speaker, text));
		}
		return utterances;
	}

}
