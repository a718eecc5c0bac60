package io.hotline.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The models that read a whole conversation: its expected quality as the caller and an
 * inspector would judge it ({@link #assess}), the caller's request in one or two
 * sentences ({@link #summarize}, an order's title) and its topics ({@link #topics}, most
 * likely first). Immutable and safe to share between threads. The shipped models are in
 * the class path ({@code conversation/*.bin.gz}, trained by {@code train-dialogue-models}
 * on the shared dialogue data; see docs/conversation.md).
 */
public final class DialogueModels {

	/**
	 * The regularization (liblinear's C) of each model, chosen on one grouped fold of
	 * five.
	 */
	static final double QUALITY_C = 0.1;

	static final double TOPIC_C = 30;

	static final double SUMMARY_C = 0.05;

	private final QualityModel quality;

	private final TopicModel topics;

	private final RequestSummarizer summarizer;

	DialogueModels(QualityModel quality, TopicModel topics, RequestSummarizer summarizer) {
		this.quality = quality;
		this.topics = topics;
		this.summarizer = summarizer;
	}

	/** The shipped models, from the class path. */
	public static DialogueModels load() {
		return new DialogueModels(resource(QualityModel.FILE, QualityModel::read),
				resource(TopicModel.FILE, TopicModel::read), resource(RequestSummarizer.FILE, RequestSummarizer::read));
	}

	/** Models written by {@link #write} to a folder. */
	public static DialogueModels load(Path folder) {
		return new DialogueModels(file(folder, QualityModel.FILE, QualityModel::read),
				file(folder, TopicModel.FILE, TopicModel::read),
				file(folder, RequestSummarizer.FILE, RequestSummarizer::read));
	}

	/**
	 * Trains every model on labelled dialogues: the quality on those with annotated
	 * quality, the topics and the summary on those with topics and a caller summary.
	 * Deterministic: the same dialogues give the same models.
	 */
	public static DialogueModels train(List<Dialogue> dialogues) {
		return new DialogueModels(QualityModel.train(dialogues, QUALITY_C), TopicModel.train(dialogues, TOPIC_C),
				RequestSummarizer.train(dialogues, SUMMARY_C));
	}

	/** Writes the model files into a folder (it must exist). */
	public void write(Path folder) {
		ModelStreams.write(folder.resolve(QualityModel.FILE), this.quality::write);
		ModelStreams.write(folder.resolve(TopicModel.FILE), this.topics::write);
		ModelStreams.write(folder.resolve(RequestSummarizer.FILE), this.summarizer::write);
	}

	/** The expected A, S and E of the conversation on −2…2. */
	public DialogueQuality assess(Conversation conversation) {
		return this.quality.assess(conversation);
	}

	/** The caller's request in one or two sentences ("用户询问…。"). */
	public String summarize(Conversation conversation) {
		return this.summarizer.summarize(conversation);
	}

	/** The conversation's topics, most likely first (one to three). */
	public List<String> topics(Conversation conversation) {
		return this.topics.topics(conversation);
	}

	private static <T> T resource(String name, ModelStreams.Reader<T> reader) {
		InputStream stream = DialogueModels.class.getClassLoader().getResourceAsStream(ModelStreams.RESOURCES + name);
		if (stream == null) {
			throw new IllegalStateException("the dialogue model " + ModelStreams.RESOURCES + name
					+ " is not in the class path; train it with train-dialogue-models");
		}
		return ModelStreams.read(stream, name, reader);
	}

	private static <T> T file(Path folder, String name, ModelStreams.Reader<T> reader) {
		Path file = folder.resolve(name);
		try {
			return ModelStreams.read(Files.newInputStream(file), file.toString(), reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the dialogue model " + file, ex);
		}
	}

}
