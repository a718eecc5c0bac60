package io.hotline.assist;

import java.util.List;

import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A call's transcript read as utterances, a line each, the speaker from its prefix. */
class TranscriptsTests {

	@Test
	void eachLineIsAnUtteranceOfItsSpeaker() {
		List<Utterance> said = Transcripts.utterances("坐席：您好，12345热线\n来电人: 我家停水了\n\n市民：三天了\n没人管");
		assertThat(said).extracting(Utterance::speaker)
			.containsExactly(Speaker.AGENT, Speaker.CALLER, Speaker.CALLER, Speaker.CALLER);
		assertThat(said).extracting(Utterance::text).containsExactly("您好，12345热线", "我家停水了", "三天了", "没人管");
		assertThat(Transcripts.utterances(null)).isEmpty();
	}

}
