package io.hotline.dispatch;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.hotline.dispatch.ModelTraining.TrainingRefused;
import io.hotline.dispatch.PastOrders.PastOrder;
import io.hotline.org.Actor;
import io.hotline.org.Organisation;
import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.org.Role;
import io.hotline.org.UnitId;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Worker;
import io.hotline.platform.Workers;
import io.hotline.platform.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * The versions of the dispatch model: trained in the background (on demand, on a
 * schedule, at the first start) while the active version keeps answering, each kept with
 * its evaluation and its files in the database ({@link ModelFiles}), so that every
 * instance of a cluster answers with the active version whichever instance trained it; a
 * new version replaces the active one when it suggests at least as well, and any ready
 * version can be made active again (rollback). Each instance follows the active version
 * ({@link #follow()}), loading a new one in the background.
 */
@Service
@EnableConfigurationProperties(DispatchSettings.class)
public class DispatchModels implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DispatchModels.class);

	/**
	 * The ready versions whose files are kept in the database (the active one always):
	 * about 60 MB each.
	 */
	static final int KEPT = 10;

	/**
	 * A training whose instance has not said it still trains for this long was cut short
	 * (the instance died): generous, the instance says so every few seconds.
	 */
	static final Duration SILENCE = Duration.ofMinutes(5);

	/** A new version replaces the active one unless it is worse by more than this. */
	static final double TOLERANCE = 0.005;

	private final ModelVersions versions;

	private final PastOrders history;

	private final Dispatching dispatching;

	private final Catalog catalog;

	private final Organisation organisation;

	private final DispatchSettings settings;

	private final ModelFiles files;

	/** Where installations before issue 18 kept the versions' files (imported once). */
	private final Path legacyFolder;

	private final AuditTrail audit;

	private final Clock clock;

	private final AtomicReference<DispatchModel> active = new AtomicReference<>();

	private final AtomicReference<DispatchModel> retired = new AtomicReference<>();

	private final Worker trainer;

	private final Worker loader;

	/** The version being loaded to follow the active one of the database, or 0. */
	private final AtomicInteger following = new AtomicInteger();

	/** Whether this instance loads the active version (a server, not a command). */
	private volatile boolean loadedHere;

	/**
	 * This instance in the versions it trains: its host and data folder, the same after a
	 * restart.
	 */
	private final String instance;

	DispatchModels(ModelVersions versions, ModelFiles files, PastOrders history, Dispatching dispatching,
			Catalog catalog, Organisation organisation, DispatchSettings settings, HotlineProperties properties,
			AuditTrail audit, Clock clock, Workers workers) {
		this.trainer = workers.create("dispatch-training", 100);
		this.loader = workers.create("dispatch-model-loading", 10);
		this.files = files;
		this.versions = versions;
		this.history = history;
		this.dispatching = dispatching;
		this.catalog = catalog;
		this.organisation = organisation;
		this.settings = settings;
		this.legacyFolder = properties.dataDir().resolve("models").resolve("dispatch");
		this.instance = instanceName(properties.dataDir());
		this.audit = audit;
		this.clock = clock;
	}

	public List<ModelVersion> versions(Actor actor) {
		actor.requireAny(Role.ADMIN, Role.DISPATCHER, Role.SUPERVISOR, Role.ANALYST);
		return this.versions.all();
	}

	/** The trigger of the first model, trained at the first start. */
	static final String START = "start";

	/**
	 * Starts training a new version in the background; its row answers at once. The first
	 * model at start learns from the latest {@code first-orders} closed orders, so that a
	 * fresh installation has suggestions within minutes; one from {@code max-orders}
	 * follows it.
	 */
	public synchronized ModelVersion train(String trigger, Actor actor) {
		int limit = START.equals(trigger) ? Math.min(this.settings.firstOrders(), this.settings.maxOrders())
				: this.settings.maxOrders();
		return train(trigger, actor, limit);
	}

	private synchronized ModelVersion train(String trigger, Actor actor, int limit) {
		actor.requireAny(Role.ADMIN);
		if (this.versions.all().stream().anyMatch((v) -> ModelVersion.TRAINING.equals(v.status()))) {
			throw Problem.conflict("dispatch.already-training");
		}
		int closed = this.history.closedCount();
		if (closed < this.settings.minOrders()) {
			throw Problem.conflict("dispatch.too-few-orders", closed, this.settings.minOrders());
		}
		ModelVersion version = this.versions.start(trigger, actor.username(), this.clock.instant(), this.instance);
		this.audit.record(actor.username(), "DISPATCH_MODEL_TRAIN", "v" + version.version(), "STARTED", trigger);
		boolean fuller = limit < this.settings.maxOrders() && closed > limit;
		this.trainer.execute(() -> {
			if (build(version.version(), limit) && fuller) {
				try {
					train(trigger, actor, this.settings.maxOrders());
				}
				catch (Problem ex) {
					log.info("no dispatch model from {} orders after the first: {}", this.settings.maxOrders(),
							ex.getMessage());
				}
			}
		});
		return version;
	}

	/** Makes a ready version the one that answers (also an earlier one: rollback). */
	public ModelVersion activate(int number, Actor actor) {
		actor.requireAny(Role.ADMIN);
		ModelVersion version = this.versions.find(number)
			.orElseThrow(() -> Problem.notFound("dispatch.unknown-model", number));
		if (!ModelVersion.READY.equals(version.status())) {
			throw Problem.conflict("dispatch.model-not-ready", number, version.status());
		}
		DispatchModel model = load(number).orElseThrow(() -> Problem.conflict("dispatch.model-files-missing", number));
		use(model);
		this.audit.record(actor.username(), "DISPATCH_MODEL_ACTIVATE", "v" + number, "OK", null);
		return this.versions.find(number).orElseThrow();
	}

	/** The model that answers now, if any. */
	Optional<DispatchModel> active() {
		return Optional.ofNullable(this.active.get());
	}

	/**
	 * Forgets the model loaded here, as an instance that has just started has none yet
	 * (tests of that window); {@link #follow()} loads the active version again.
	 */
	synchronized void unload() {
		swap(null);
	}

	/**
	 * Says that this instance loads the active version at its start and follows it (a
	 * server, not a command, which loads none: {@link ModelSchedule}).
	 */
	void loadedHere() {
		this.loadedHere = true;
	}

	/**
	 * Whether a version is active in the cluster: the one loaded here, or, where none is
	 * loaded yet (a server starting: it serves before its load), the database's.
	 */
	boolean anyActive() {
		return this.active.get() != null || (this.loadedHere && this.versions.activeVersion().isPresent());
	}

	/**
	 * The active model, waiting up to {@code limit} where a version is active in the
	 * cluster but not loaded here yet (a server starting); empty where none is active, or
	 * where this instance loads none (a command).
	 * @throws IllegalStateException where one is active but still not loaded after that
	 */
	Optional<DispatchModel> awaitActive(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		DispatchModel model;
		while ((model = this.active.get()) == null && this.loadedHere) {
			Optional<Integer> wanted = this.versions.activeVersion();
			if (wanted.isEmpty()) {
				return Optional.empty();
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"dispatch model v" + wanted.get() + " is active but not loaded here after " + limit);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted waiting for dispatch model v" + wanted.get(), ex);
			}
		}
		return Optional.ofNullable(model);
	}

	/** The active model, or why there is none. */
	DispatchModel require() {
		return active().orElseThrow(() -> training() ? Problem.unavailable(Duration.ofSeconds(30), "dispatch.training")
				: Problem.conflict("dispatch.no-model"));
	}

	boolean training() {
		return this.versions.all().stream().anyMatch((v) -> ModelVersion.TRAINING.equals(v.status()));
	}

	/**
	 * At start: forgets trainings a stop cut short (this instance's, and those of an
	 * instance that stopped; not those of another live one), imports the files an
	 * installation from before issue 18 kept in its data folder, and loads the active
	 * version.
	 */
	void start() {
		Instant now = this.clock.instant();
		int cut = this.versions.interrupted(INTERRUPTED, now, this.instance, now.minus(SILENCE));
		if (cut > 0) {
			log.info("{} dispatch model training(s) were interrupted by a stop", cut);
		}
		importLegacyFolders();
		this.versions.active().flatMap((v) -> load(v.version())).ifPresent(this::swap);
	}

	/**
	 * Every few seconds: says that this instance still trains (where it does), forgets
	 * the trainings of instances silent for {@link #SILENCE}, and loads the active
	 * version of the database in the background where this instance answers with another
	 * (one activated or trained on another instance); the version answering now keeps
	 * answering until then. Cheap: the active version's number, and an update of no row
	 * but while a training runs.
	 */
	void follow() {
		Instant now = this.clock.instant();
		if (this.trainer.busy()) {
			this.versions.heartbeat(this.instance, now);
		}
		if (this.versions.abandoned(INTERRUPTED, now, now.minus(SILENCE)) > 0) {
			log.info("a dispatch model training was cut short on an instance that stopped");
		}
		Optional<Integer> wanted = this.versions.activeVersion();
		DispatchModel current = this.active.get();
		if (wanted.isEmpty() || (current != null && current.version() == wanted.get())
				|| !this.following.compareAndSet(0, wanted.get())) {
			return;
		}
		int version = wanted.get();
		this.loader.execute(() -> {
			try {
				load(version).ifPresent((model) -> swapIfActive(model));
			}
			finally {
				this.following.set(0);
			}
		});
	}

	private static final String INTERRUPTED = "训练被停机中断 / interrupted by a stop";

	private static String instanceName(Path dataDir) {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			host = "localhost";
		}
		String name = host + ":" + dataDir.toAbsolutePath().normalize();
		return name.length() <= 300 ? name : name.substring(name.length() - 300);
	}

	/** Swaps the model in where it is still the active version, else closes it. */
	private synchronized void swapIfActive(DispatchModel model) {
		DispatchModel current = this.active.get();
		if (this.versions.activeVersion().orElse(0) == model.version()
				&& (current == null || current.version() != model.version())) {
			swap(model);
			log.info("dispatch model v{} loaded: activated on another instance", model.version());
		}
		else {
			close(model);
		}
	}

	/**
	 * Stores the files of the ready versions that an installation from before issue 18
	 * kept under {@code HOTLINE_DATA_DIR/models/dispatch/vN} (once: a version whose files
	 * were stored is not looked for again, even once they are removed); the folders are
	 * left as they are.
	 */
	void importLegacyFolders() {
		for (int version : this.files.neverStored()) {
			Path folder = this.legacyFolder.resolve("v" + version);
			if (Files.isDirectory(folder)) {
				try {
					long bytes = this.files.store(version, folder, this.clock.instant());
					log.info("dispatch model v{} imported into the database from {} ({} bytes)", version, folder,
							bytes);
				}
				catch (IOException | RuntimeException ex) {
					log.warn("dispatch model v{} could not be imported from {}", version, folder, ex);
				}
			}
		}
	}

	/** Closes the models this instance loaded, removing their temporary folders. */
	@Override
	public void destroy() {
		close(this.active.getAndSet(null));
		close(this.retired.getAndSet(null));
	}

	DispatchSettings settings() {
		return this.settings;
	}

	/**
	 * Trains a version from the latest closed orders into a temporary folder and stores
	 * its files; whether it became ready.
	 */
	private boolean build(int version, int limit) {
		Path target = null;
		try {
			target = Files.createTempDirectory("hotline-dispatch-v" + version + "-");
			List<PastOrder> orders = this.history.latest(limit);
			PlaceRouting routing = PlaceRouting.of(this.history.handled(), this.history.returned());
			Map<String, Object> evaluation = newTraining().train(orders, routing, target);
			long bytes = this.files.store(version, target, this.clock.instant());
			this.versions.ready(version, orders.size(), evaluation, this.clock.instant());
			log.info("dispatch model v{} trained from {} orders ({} bytes stored): {}", version, orders.size(), bytes,
					evaluation);
			if (better(evaluation)) {
				Path folder = target;
				target = null;
				use(DispatchModel.loadTemporary(version, folder, jurisdictions()));
				this.audit.record("system", "DISPATCH_MODEL_ACTIVATE", "v" + version, "OK", "better or as good");
			}
			prune();
			return true;
		}
		catch (TrainingRefused ex) {
			this.versions.failed(version, Problem.conflict(ex.getMessage(), ex.arguments()).text(Locale.CHINA),
					this.clock.instant());
		}
		catch (Exception | OutOfMemoryError ex) {
			log.error("dispatch model v{} failed", version, ex);
			this.versions.failed(version, ex.toString(), this.clock.instant());
		}
		finally {
			delete(target);
		}
		return false;
	}

	/** A training with the settings, the catalog and the organisation as they are now. */
	ModelTraining newTraining() {
		return new ModelTraining(this.settings, new RuleLookup(this.catalog, this.dispatching), levelOne(),
				jurisdictions());
	}

	UnitJurisdictions jurisdictions() {
		return new UnitJurisdictions((unit) -> this.organisation.divisions(new UnitId(unit)));
	}

	/** The level-1 category of a category, each looked up once. */
	private Function<String, String> levelOne() {
		Map<String, String> known = new HashMap<>();
		return (code) -> known.computeIfAbsent(code, (c) -> {
			String current = c;
			for (int level = 0; level < 8; level++) {
				Optional<Category> category = this.catalog.category(current);
				if (category.isEmpty() || category.get().parentCode() == null) {
					return current;
				}
				current = category.get().parentCode();
			}
			return current;
		});
	}

	/** Removes the files of the ready versions older than the latest {@link #KEPT}. */
	private void prune() {
		this.versions.all()
			.stream()
			.filter((v) -> ModelVersion.READY.equals(v.status()))
			.skip(KEPT)
			.filter((v) -> !v.active())
			.forEach((v) -> this.files.delete(v.version(), this.clock.instant()));
	}

	private boolean better(Map<String, Object> evaluation) {
		Optional<ModelVersion> current = this.versions.active();
		if (current.isEmpty() || current.get().evaluation() == null) {
			return true;
		}
		return accuracy(evaluation) >= accuracy(current.get().evaluation()) - TOLERANCE;
	}

	@SuppressWarnings("unchecked")
	private static double accuracy(Map<String, Object> evaluation) {
		Object registered = evaluation.get("registered");
		return registered instanceof Map<?, ?> figures
				? ((Number) ((Map<String, Object>) figures).get("accuracy")).doubleValue() : 0;
	}

	/** The version loaded from its files in the database, if it has them. */
	private Optional<DispatchModel> load(int version) {
		try {
			long started = System.nanoTime();
			Optional<Path> folder = this.files.extract(version);
			if (folder.isEmpty()) {
				log.warn("dispatch model v{} has no files in the database: not loaded", version);
				return Optional.empty();
			}
			long extracted = System.nanoTime();
			DispatchModel model = DispatchModel.loadTemporary(version, folder.get(), jurisdictions());
			log.info("dispatch model v{} loaded from the database: files written in {} ms, read in {} ms", version,
					(extracted - started) / 1_000_000, (System.nanoTime() - extracted) / 1_000_000);
			return Optional.of(model);
		}
		catch (IOException | RuntimeException ex) {
			log.error("dispatch model v{} could not be loaded from the database", version, ex);
			return Optional.empty();
		}
	}

	/** Makes the model the active version of the database and of this instance. */
	private synchronized void use(DispatchModel model) {
		this.versions.activate(model.version());
		swap(model);
	}

	/**
	 * Swaps the model in; the one it replaces is closed at the next swap, when no request
	 * can still be reading it.
	 */
	private synchronized void swap(DispatchModel model) {
		DispatchModel previous = this.active.getAndSet(model);
		close(this.retired.getAndSet(previous));
	}

	private static void close(DispatchModel model) {
		if (model != null) {
			try {
				model.close();
			}
			catch (IOException ex) {
				log.warn("closing dispatch model v{}", model.version(), ex);
			}
		}
	}

	private static void delete(Path path) {
		if (path == null) {
			return;
		}
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException ex) {
			log.warn("could not delete {}", path, ex);
		}
	}

}
