package io.hotline.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import io.hotline.address.AddressRecognition;
import io.hotline.address.AddressRecognition.Place;
import io.hotline.classification.Prediction;
import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.linkage.LinkageHit;
import io.hotline.linkage.RuleKind;
import io.hotline.org.Division;
import io.hotline.workorder.Urgency;

/**
 * 智能填单 as a pure function: reads a conversation into a {@link ProposedForm} with the
 * category classifier, the address recognizer and the linkage rules it is given (the
 * platform's own in {@link FormFiller}; a benchmark's trained ones offline).
 *
 * @param categories the category classifier (labels are category codes)
 * @param categoryNames a category's name from its code
 * @param places the address recognizer
 * @param alarms the linkage rules (emergency and risk words)
 * @param summaries the dialogue model's summary of the caller's request (用户询问…), the
 * title and the summary; {@code null} or {@link Summaries#NOTHING} where it has none, and
 * the extractive one is taken
 */
public record FormReading(Function<String, Prediction> categories, Function<String, String> categoryNames,
		Function<String, AddressRecognition> places, Function<String, List<LinkageHit>> alarms,
		Function<Conversation, String> summaries) {

	/** The agent asking where: the caller's answer is read for the address first. */
	static final Pattern WHERE = Pattern.compile("(位置|地址|地点|哪里|哪儿|在哪|什么地方)");

	public FormReading {
		Objects.requireNonNull(categories, "categories");
		Objects.requireNonNull(categoryNames, "categoryNames");
		Objects.requireNonNull(places, "places");
		Objects.requireNonNull(alarms, "alarms");
		Objects.requireNonNull(summaries, "summaries");
	}

	/** A reading without a dialogue model: the extractive title and summary. */
	public FormReading(Function<String, Prediction> categories, Function<String, String> categoryNames,
			Function<String, AddressRecognition> places, Function<String, List<LinkageHit>> alarms) {
		this(categories, categoryNames, places, alarms, (conversation) -> null);
	}

	/** The form that the conversation so far proposes. */
	public ProposedForm read(Conversation conversation) {
		List<Utterance> utterances = conversation.utterances();
		Spoken caller = Spoken.of(utterances, Speaker.CALLER);
		String said = caller.text().isBlank() ? null : this.summaries.apply(conversation);
		FormField summary = Summaries.modelSummary(said, conversation);
		FormField category = category(caller);
		Spoken answer = Spoken.answers(utterances, WHERE);
		AddressRecognition place = answer.text().isBlank() ? AddressRecognition.NONE : this.places.apply(answer.text());
		FormField address = address(place, answer, 1.0);
		if (!address.filled()) {
			place = caller.text().isBlank() ? AddressRecognition.NONE : this.places.apply(caller.text());
			address = address(place, caller, 1.0);
		}
		if (!address.filled()) {
			Spoken agent = Spoken.of(utterances, Speaker.AGENT);
			place = agent.text().isBlank() ? AddressRecognition.NONE : this.places.apply(agent.text());
			address = address(place, agent, 0.8);
		}
		var codes = address.filled() ? place.place().codes() : null;
		return new ProposedForm(OrderTypes.of(utterances), category, address, CallerDetails.name(utterances),
				CallerDetails.phone(utterances), Summaries.title(summary, conversation), summary, urgency(utterances),
				(codes == null) ? null : codes.districtCode(), (codes == null) ? null : codes.streetCode(),
				(codes == null) ? null : codes.communityCode());
	}

	/**
	 * The category the classifier reads in the caller's words alone: the dialogue model's
	 * summary put before them as a title made it worse (benchmark-assist, 87.0 % against
	 * 88.3 %; see docs/performance.md).
	 */
	private FormField category(Spoken caller) {
		if (caller.text().isBlank()) {
			return FormField.EMPTY;
		}
		Prediction prediction = this.categories.apply(caller.text());
		if (prediction.labels().isEmpty()) {
			return FormField.EMPTY;
		}
		String code = prediction.label();
		Integer utterance = null;
		String evidence = null;
		for (Prediction.Term term : prediction.terms()) {
			String word = term.term().startsWith("w:") ? term.term().substring(2) : term.term();
			int at = caller.text().indexOf(word);
			if (word.length() > 1 && at >= 0) {
				utterance = caller.utteranceAt(at);
				evidence = word;
				break;
			}
		}
		String name = this.categoryNames.apply(code);
		return new FormField(code, (name == null) ? code : name, prediction.probability(), utterance, evidence);
	}

	private static FormField address(AddressRecognition recognition, Spoken spoken, double weight) {
		Place place = recognition.place();
		if (recognition.status() == AddressRecognition.Status.UNKNOWN || place.district() == null
				|| recognition.matched().isEmpty()) {
			return FormField.EMPTY;
		}
		Division finest = (place.community() != null) ? place.community()
				: (place.street() != null) ? place.street() : place.district();
		StringBuilder label = new StringBuilder();
		for (Division division : new Division[] { place.district(), place.street(), place.community() }) {
			if (division != null) {
				label.append(division.name());
			}
		}
		int start = recognition.matched().get(0).start();
		int end = recognition.matched().get(recognition.matched().size() - 1).end();
		String said = spoken.clauseFrom(start, end);
		return new FormField(finest.code(), label.toString(), recognition.confidence() * weight,
				spoken.utteranceAt(start), said);
	}

	private FormField urgency(List<Utterance> utterances) {
		FormField risk = null;
		for (int i = 0; i < utterances.size(); i++) {
			if (utterances.get(i).speaker() != Speaker.CALLER || utterances.get(i).text().isBlank()) {
				continue;
			}
			for (LinkageHit hit : this.alarms.apply(utterances.get(i).text())) {
				if (hit.kind() == RuleKind.EMERGENCY) {
					return new FormField(Urgency.VERY_URGENT.name(), "特急", 0.9, i, String.join("、", hit.words()));
				}
				if (risk == null) {
					risk = new FormField(Urgency.URGENT.name(), "紧急", 0.7, i, String.join("、", hit.words()));
				}
			}
		}
		return (risk != null) ? risk : new FormField(Urgency.NORMAL.name(), "一般", 0.7, null, null);
	}

	/**
	 * What one speaker said, one utterance a line, with where each utterance starts in
	 * it.
	 */
	record Spoken(String text, List<Integer> indexes, List<Integer> starts) {

		static Spoken of(List<Utterance> utterances, Speaker speaker) {
			return of(utterances, (i) -> utterances.get(i).speaker() == speaker);
		}

		/**
		 * What the caller said in answer to the agent's questions that match
		 * {@code question}: the caller's utterances after such a question, up to the
		 * agent's next utterance.
		 */
		static Spoken answers(List<Utterance> utterances, Pattern question) {
			boolean[] answering = new boolean[utterances.size()];
			boolean asked = false;
			for (int i = 0; i < utterances.size(); i++) {
				if (utterances.get(i).speaker() != Speaker.CALLER) {
					asked = question.matcher(utterances.get(i).text()).find();
				}
				answering[i] = asked && utterances.get(i).speaker() == Speaker.CALLER;
			}
			return of(utterances, (i) -> answering[i]);
		}

		private static Spoken of(List<Utterance> utterances, IntPredicate taken) {
			StringBuilder text = new StringBuilder();
			List<Integer> indexes = new ArrayList<>();
			List<Integer> starts = new ArrayList<>();
			for (int i = 0; i < utterances.size(); i++) {
				if (taken.test(i)) {
					if (!text.isEmpty()) {
						text.append('\n');
					}
					indexes.add(i);
					starts.add(text.length());
					text.append(utterances.get(i).text());
				}
			}
			return new Spoken(text.toString(), indexes, starts);
		}

		/** The index in the conversation of the utterance holding this offset. */
		Integer utteranceAt(int offset) {
			Integer found = null;
			for (int k = 0; k < this.starts.size() && this.starts.get(k) <= offset; k++) {
				found = this.indexes.get(k);
			}
			return found;
		}

		/**
		 * The words from {@code start} to the end of the clause ({@code end} at least).
		 */
		String clauseFrom(int start, int end) {
			int stop = end;
			while (stop < this.text.length() && stop - start < 40
					&& "，。！？,.!?；\n".indexOf(this.text.charAt(stop)) < 0) {
				stop++;
			}
			return this.text.substring(start, Math.max(end, stop));
		}

	}

}
