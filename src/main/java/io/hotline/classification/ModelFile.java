package io.hotline.classification;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A model file: a ZIP of {@code model.properties} (format, version, algorithm, labels,
 * settings, calibration, provenance, evaluation; see {@link ModelProperties}) and for
 * each member {@code m} of the algorithm {@code member.m.vocabulary.tsv} (each term and
 * its idf, in the order of the features) and {@code member.m.weights.bin} (per label its
 * weights then its bias, as big-endian 32-bit floats). It is written to a temporary file
 * beside the target and moved over it, so that a failed save leaves the previous model.
 */
final class ModelFile {

	private ModelFile() {
	}

	static void write(TextClassifier classifier, Path file) throws IOException {
		Path absolute = file.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial-" + java.util.UUID.randomUUID());
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
			zip.putNextEntry(new ZipEntry("model.properties"));
			Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			ModelProperties.of(classifier).store(text, "hotline text classifier");
			text.flush();
			for (int m = 0; m < classifier.members().size(); m++) {
				Fitted member = classifier.members().get(m);
				TfIdf tfidf = member.featurizer().tfidf();
				if (tfidf != null) {
					zip.putNextEntry(new ZipEntry("member." + m + ".vocabulary.tsv"));
					for (int i = 0; i < tfidf.size(); i++) {
						text.write(tfidf.term(i) + '\t' + tfidf.idf(i) + '\n');
					}
					text.flush();
				}
				zip.putNextEntry(new ZipEntry("member." + m + ".weights.bin"));
				writeWeights(member.head(), zip);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	static TextClassifier read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException(file + ": no such model file");
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Properties properties = new Properties();
			try (InputStream in = entry(zip, file, "model.properties")) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			ModelProperties model = ModelProperties.read(properties, file);
			List<Fitted> members = new ArrayList<>();
			for (int m = 0; m < model.members().size(); m++) {
				ModelProperties.Member settings = model.members().get(m);
				TfIdf tfidf = null;
				if (settings.terms() != null) {
					try (InputStream in = entry(zip, file, "member." + m + ".vocabulary.tsv")) {
						tfidf = readVocabulary(settings.terms(), in);
					}
				}
				Featurizer featurizer = new Featurizer(tfidf, settings.embeddingChars(), settings.embeddingWeight());
				try (InputStream in = entry(zip, file, "member." + m + ".weights.bin")) {
					members.add(new Fitted(featurizer, readWeights(in, model.labels().size(), featurizer.dimension()),
							settings.loss()));
				}
			}
			return model.classifier(members);
		}
		catch (ZipException ex) {
			throw new IllegalArgumentException(file + ": not a classifier model file (" + ex.getMessage() + ")");
		}
		catch (EOFException | RuntimeException ex) {
			if (ex instanceof IllegalArgumentException && ex.getMessage().startsWith(file.toString())) {
				throw ex;
			}
			throw new IllegalArgumentException(file + ": a damaged classifier model file (" + ex + ")");
		}
	}

	private static InputStream entry(ZipFile zip, Path file, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new IllegalArgumentException(file + ": not a classifier model file (no " + name + ")");
		}
		return zip.getInputStream(entry);
	}

	private static TfIdf readVocabulary(Terms terms, InputStream in) throws IOException {
		List<String> vocabulary = new ArrayList<>();
		List<Float> idf = new ArrayList<>();
		BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			int tab = line.lastIndexOf('\t');
			vocabulary.add(line.substring(0, tab));
			idf.add(Float.parseFloat(line.substring(tab + 1)));
		}
		float[] weights = new float[idf.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = idf.get(i);
		}
		return new TfIdf(terms, vocabulary.toArray(String[]::new), weights);
	}

	private static void writeWeights(LinearHead head, OutputStream out) throws IOException {
		DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
		for (int k = 0; k < head.bias().length; k++) {
			for (float w : head.weights()[k]) {
				data.writeFloat(w);
			}
			data.writeFloat(head.bias()[k]);
		}
		data.flush();
	}

	private static LinearHead readWeights(InputStream in, int classes, int dimension) throws IOException {
		DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
		float[][] weights = new float[classes][dimension];
		float[] bias = new float[classes];
		for (int k = 0; k < classes; k++) {
			for (int j = 0; j < dimension; j++) {
				weights[k][j] = data.readFloat();
			}
			bias[k] = data.readFloat();
		}
		return new LinearHead(weights, bias);
	}

}
