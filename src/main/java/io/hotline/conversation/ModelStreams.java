package io.hotline.conversation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model files: gzip, a magic word and a version, then weight vectors quantized to 16
 * bits each with one scale per vector (a relative error below 1/65,000 of the largest
 * weight; weights that round to 0 compress to almost nothing).
 */
final class ModelStreams {

	private static final int MAGIC = 0x444c4731;

	/** The folder in the class path that holds the shipped models. */
	static final String RESOURCES = "conversation/";

	private ModelStreams() {
	}

	interface Writer {

		void write(DataOutputStream out) throws IOException;

	}

	interface Reader<T> {

		T read(DataInputStream in) throws IOException;

	}

	static void write(Path file, Writer writer) {
		try (OutputStream raw = Files.newOutputStream(file);
				DataOutputStream out = new DataOutputStream(
						new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16) {
							{
								this.def.setLevel(9);
							}
						}))) {
			out.writeInt(MAGIC);
			writer.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write " + file, ex);
		}
	}

	static <T> T read(InputStream stream, String name, Reader<T> reader) {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream, 1 << 16)))) {
			if (in.readInt() != MAGIC) {
				throw new IllegalStateException(name + " is not a dialogue model file");
			}
			return reader.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the dialogue model " + name, ex);
		}
	}

	/** Quantized to 16 bits (see the class comment). */
	static void writeWeights(DataOutputStream out, float[] weights) throws IOException {
		float scale = scale(weights);
		out.writeInt(weights.length);
		out.writeFloat(scale);
		for (float w : weights) {
			out.writeShort(Math.round(w / scale));
		}
	}

	static float[] readWeights(DataInputStream in) throws IOException {
		int length = in.readInt();
		float scale = in.readFloat();
		float[] weights = new float[length];
		for (int i = 0; i < length; i++) {
			weights[i] = in.readShort() * scale;
		}
		return weights;
	}

	/** What {@link #writeWeights} then {@link #readWeights} give back. */
	static float[] quantized(float[] weights) {
		float scale = scale(weights);
		float[] out = new float[weights.length];
		for (int i = 0; i < weights.length; i++) {
			out[i] = ((short) Math.round(weights[i] / scale)) * scale;
		}
		return out;
	}

	/** The largest magnitude over {@link Short#MAX_VALUE}: one step of the 16 bits. */
	private static float scale(float[] weights) {
		float max = 0;
		for (float w : weights) {
			max = Math.max(max, Math.abs(w));
		}
		return (max == 0) ? 1 : max / Short.MAX_VALUE;
	}

}
