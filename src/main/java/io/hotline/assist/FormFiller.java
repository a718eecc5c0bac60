package io.hotline.assist;

import io.hotline.address.AddressRecognizer;
import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.conversation.Conversation;
import io.hotline.conversation.SharedDialogueModels;
import io.hotline.dispatch.DispatchSuggestions;
import io.hotline.linkage.LinkageRules;

import org.springframework.stereotype.Service;

/**
 * 智能填单 with the platform's own parts: the category as the dispatch suggestions rank it
 * (the active dispatch model, or the catalog's words before one), the address recognizer,
 * the enabled linkage rules, the dialogue model's summary of the request (the title and
 * the summary, the extractive one where it has none). The quality engine reads orders
 * against conversations with {@link #reading()}
 * ({@link ScenarioChecks#orderAgreesWithConversation}).
 */
@Service
public class FormFiller {

	private final FormReading reading;

	FormFiller(DispatchSuggestions dispatch, Catalog catalog, AddressRecognizer addresses, LinkageRules linkage,
			SharedDialogueModels dialogue) {
		this.reading = new FormReading(dispatch::categories,
				(code) -> catalog.category(code).map(Category::name).orElse(null), addresses::recognize,
				linkage::evaluate, dialogue::summarize);
	}

	/** The form the conversation so far proposes. */
	public ProposedForm read(Conversation conversation) {
		return this.reading.read(conversation);
	}

	/** The reading with the platform's parts. */
	public FormReading reading() {
		return this.reading;
	}

}
