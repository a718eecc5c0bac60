package io.hotline.dispatch;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.hotline.classification.Prediction;
import io.hotline.classification.Prediction.Scored;
import io.hotline.classification.TextClassifier;

import org.springframework.util.FileSystemUtils;

/**
 * One version of the dispatch model, loaded from a folder of its files: the classifiers
 * of category and unit, the routing by place from the history, the weights of the two,
 * the held-out rows of its evaluation and the index of the orders it learned from.
 * Thread-safe.
 */
final class DispatchModel implements Closeable {

	static final String CATEGORIES = "categories";

	static final String UNITS = "unit.model";

	static final String ROUTING = "routing.tsv";

	static final String HELD_OUT = "held-out.tsv";

	static final String WEIGHTS = "weights.properties";

	static final String SIMILAR = "similar";

	/** Units of the unit classifier below this probability are not worth carrying. */
	private static final double LEAST = 0.001;

	private final int version;

	private final CategoryModel categories;

	private final TextClassifier units;

	private final PlaceRouting routing;

	private final double alphaKnown;

	private final double alphaPredicted;

	private final HeldOutRows heldOut;

	private final SimilarOrders similar;

	private final UnitJurisdictions jurisdictions;

	/** The temporary folder the model was loaded from, removed when it closes. */
	private final Path temporary;

	private DispatchModel(int version, Path folder, UnitJurisdictions jurisdictions, boolean temporary)
			throws IOException {
		this.version = version;
		this.temporary = temporary ? folder : null;
		this.jurisdictions = jurisdictions;
		this.categories = CategoryModel.load(folder.resolve(CATEGORIES));
		this.units = Files.exists(folder.resolve(UNITS)) ? TextClassifier.load(folder.resolve(UNITS)) : null;
		this.routing = PlaceRouting.load(folder.resolve(ROUTING));
		Properties weights = new Properties();
		try (Reader in = Files.newBufferedReader(folder.resolve(WEIGHTS))) {
			weights.load(in);
		}
		this.alphaKnown = Double.parseDouble(weights.getProperty("alpha.registered"));
		this.alphaPredicted = Double.parseDouble(weights.getProperty("alpha.predicted"));
		this.heldOut = HeldOutRows.load(folder.resolve(HELD_OUT));
		this.similar = SimilarOrders.open(folder.resolve(SIMILAR));
	}

	static DispatchModel load(int version, Path folder, UnitJurisdictions jurisdictions) throws IOException {
		return new DispatchModel(version, folder, jurisdictions, false);
	}

	/**
	 * The model of a temporary folder (its files written from the database), which it
	 * removes when it closes; the folder is removed too where it cannot be loaded.
	 */
	static DispatchModel loadTemporary(int version, Path folder, UnitJurisdictions jurisdictions) throws IOException {
		try {
			return new DispatchModel(version, folder, jurisdictions, true);
		}
		catch (IOException | RuntimeException ex) {
			FileSystemUtils.deleteRecursively(folder);
			throw ex;
		}
	}

	static void writeWeights(Path folder, double alphaKnown, double alphaPredicted) throws IOException {
		Properties weights = new Properties();
		weights.setProperty("alpha.registered", Double.toString(alphaKnown));
		weights.setProperty("alpha.predicted", Double.toString(alphaPredicted));
		try (Writer out = Files.newBufferedWriter(folder.resolve(WEIGHTS))) {
			weights.store(out, "the weight of the routing by place against the unit classifier");
		}
	}

	static Map<Long, Double> unitMap(List<Scored> scored) {
		Map<Long, Double> units = new LinkedHashMap<>();
		for (Scored s : scored) {
			if (s.probability() >= LEAST && !ModelTraining.OTHER_UNIT.equals(s.label())) {
				units.put(Long.valueOf(s.label()), s.probability());
			}
		}
		return units;
	}

	int version() {
		return this.version;
	}

	/** The category classifier's reading of a text. */
	Prediction categories(String text) {
		return this.categories.predict(text);
	}

	/** The unit classifier's reading of a text (none when the history had one unit). */
	Prediction units(String text) {
		return this.units == null ? null : this.units.predict(text);
	}

	/**
	 * The unit classifier's units that may act at the place (none without a unit
	 * classifier).
	 */
	Map<Long, Double> units(Prediction units, Place place) {
		return units == null ? Map.of() : this.jurisdictions.at(place, unitMap(units.labels()));
	}

	/** The units of the routing by place, less those that cannot act there. */
	Map<Long, Double> routed(String category, Place place, Long ruleUnit) {
		return this.jurisdictions.at(place, this.routing.units(category, place, ruleUnit, null));
	}

	double alpha(boolean categoryKnown) {
		return categoryKnown ? this.alphaKnown : this.alphaPredicted;
	}

	HeldOutRows heldOut() {
		return this.heldOut;
	}

	SimilarOrders similar() {
		return this.similar;
	}

	@Override
	public void close() throws IOException {
		try {
			this.similar.close();
		}
		finally {
			if (this.temporary != null) {
				FileSystemUtils.deleteRecursively(this.temporary);
			}
		}
	}

}
