package io.hotline.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.cti.Call;
import io.hotline.cti.CallConversations;

import org.springframework.stereotype.Component;

/**
 * What was said on a call: its utterances as the phone system sent them with TRANSCRIPT
 * events (speakers and times, {@link CallConversations}); where a call has none, its
 * plain transcript (one text, a line an utterance, each line may start with its speaker:
 * 坐席：, 客服：, 来电人：, 市民：) read as utterances, a line without a speaker the caller's.
 */
@Component
class Transcripts {

	private final CallConversations conversations;

	Transcripts(CallConversations conversations) {
		this.conversations = conversations;
	}

	/** The call's utterances; its plain transcript read where it has none. */
	List<Utterance> of(Call call) {
		Conversation conversation = this.conversations.of(call.callId());
		return conversation.utterances().isEmpty() ? utterances(call.transcript()) : conversation.utterances();
	}

	private static final Pattern SPEAKER = Pattern
		.compile("^\\s*(坐席|客服|话务员|agent|AGENT|来电人|来电|市民|用户|caller|CALLER)\\s*[:：]\\s*");

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
