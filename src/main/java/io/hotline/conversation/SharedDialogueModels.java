package io.hotline.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The shipped {@link DialogueModels} for the platform's other parts (review of calls with
 * an expected dissatisfied caller, an order's title from the caller's request): loaded on
 * first use, not at start-up, then shared.
 */
@Component
public class SharedDialogueModels {

	private volatile DialogueModels models;

	/** The models, loaded from the class path the first time. */
	public DialogueModels models() {
		DialogueModels loaded = this.models;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.models;
				if (loaded == null) {
					loaded = DialogueModels.load();
					this.models = loaded;
				}
			}
		}
		return loaded;
	}

	public DialogueQuality assess(Conversation conversation) {
		return models().assess(conversation);
	}

	public String summarize(Conversation conversation) {
		return models().summarize(conversation);
	}

	public List<String> topics(Conversation conversation) {
		return models().topics(conversation);
	}

}
