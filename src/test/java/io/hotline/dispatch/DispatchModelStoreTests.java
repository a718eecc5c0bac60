package io.hotline.dispatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.hotline.address.AddressResolver;
import io.hotline.catalog.Catalog;
import io.hotline.org.Actor;
import io.hotline.org.Organisation;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Problem;
import io.hotline.platform.Workers;
import io.hotline.support.HotlineTest;
import io.hotline.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The dispatch model's files in the database (issue 18): a version trained and activated
 * on one instance answers the same on another instance of the same database, which has a
 * data folder of its own; and the files an installation from before kept in its data
 * folder are imported once.
 */
@HotlineTest
class DispatchModelStoreTests {

	private static final List<String> TEXTS = List.of("我家楼下的下水道堵塞，污水漫到路面，臭味很大，请尽快疏通", "小区门口夜间施工噪音扰民，影响休息",
			"路灯不亮已经一个星期了，晚上出行很危险");

	private static final String ADDRESS = "广州市越秀区北京街道";

	@LocalServerPort
	int port;

	@Autowired
	DispatchModels models;

	@Autowired
	DispatchSuggestions suggestions;

	@Autowired
	ModelVersions versions;

	@Autowired
	ModelFiles files;

	@Autowired
	PastOrders history;

	@Autowired
	Dispatching dispatching;

	@Autowired
	Catalog catalog;

	@Autowired
	Organisation organisation;

	@Autowired
	DispatchSettings settings;

	@Autowired
	HotlineProperties properties;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	@Autowired
	Workers workers;

	@Autowired
	DispatchThresholds thresholds;

	@Autowired
	AddressResolver addresses;

	@Autowired
	WorkOrders orders;

	@Autowired
	SuggestionLog log;

	@Autowired
	MatterWords words;

	@Autowired
	HistoryRouting historyRouting;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path otherDataDir;

	@Test
	void aVersionTrainedAndActivatedOnOneInstanceAnswersTheSameOnAnother() {
		int first = DispatchModelReady.activeVersion(this.port);
		DispatchModels other = otherInstance();
		try {
			other.follow();
			awaitVersion(other, first);
			assertSameSuggestions(other, true);

			int second = other.train("manual", Actor.system()).version();
			assertThat(DispatchModelReady.finished(this.port, second).get("status").asString()).isEqualTo("READY");
			assertStored(second);
			other.activate(second, Actor.system());
			// this instance follows within seconds, by its schedule
			awaitVersion(this.models, second);
			assertSameSuggestions(other, true);
		}
		finally {
			this.models.activate(first, Actor.system());
			other.destroy();
		}
	}

	@Test
	void importsTheFilesThatAnOldInstallationKeptInItsDataFolderOnce() throws Exception {
		int first = DispatchModelReady.activeVersion(this.port);
		DispatchModels other = otherInstance();
		// an installation from before: a ready version whose files are in its data folder
		// alone
		ModelVersion old = this.versions.start("manual", "admin", this.clock.instant(), "old-installation");
		Path folder = this.otherDataDir.resolve("models").resolve("dispatch").resolve("v" + old.version());
		Path extracted = this.files.extract(first).orElseThrow();
		FileSystemUtils.copyRecursively(extracted, folder);
		FileSystemUtils.deleteRecursively(extracted);
		this.versions.ready(old.version(), 10, this.versions.find(first).orElseThrow().evaluation(),
				this.clock.instant());
		assertThat(this.files.stored(old.version())).isFalse();
		try {
			other.importLegacyFolders();
			assertStored(old.version());
			List<Path> kept = files(folder);
			assertThat(kept).as("the old folder is left as it was").isNotEmpty();
			for (Path file : kept) {
				assertThat(this.jdbc.sql("select sha256 from dispatch_model_file where version = ? and path = ?")
					.params(old.version(), folder.relativize(file).toString().replace('\\', '/'))
					.query(String.class)
					.single()).isEqualTo(ModelFiles.sha256(Files.readAllBytes(file)));
			}
			Timestamp stored = storedAt(old.version());
			Files.writeString(kept.get(0), "changed after the import");
			other.importLegacyFolders();
			assertThat(storedAt(old.version())).as("imported once").isEqualTo(stored);

			other.activate(old.version(), Actor.system());
			assertThat(other.active().orElseThrow().version()).isEqualTo(old.version());
			assertSameSuggestions(other, false);
		}
		finally {
			this.models.activate(first, Actor.system());
			other.destroy();
		}
		// an old version's files removed from the database are not imported again
		this.files.delete(old.version(), this.clock.instant());
		other.importLegacyFolders();
		assertThat(this.files.stored(old.version())).isFalse();
		assertThat(Files.isDirectory(folder)).isTrue();
	}

	@Test
	void aStartCutsShortTheTrainingsOfStoppedInstancesNotThoseOfLiveOnes() {
		int first = DispatchModelReady.activeVersion(this.port);
		for (ModelVersion version : this.versions.all()) {
			DispatchModelReady.finished(this.port, version.version());
		}
		DispatchModels other = otherInstance();
		ModelVersion elsewhere = this.versions.start("manual", "admin", this.clock.instant(), "elsewhere:/data");
		try {
			assertThat(other.training()).isTrue();
			assertThat(catchThrowableOfType(Problem.class, () -> other.train("manual", Actor.system())).kind())
				.isEqualTo(Problem.Kind.CONFLICT);
			assertThat(catchThrowableOfType(Problem.class,
					() -> this.versions.start("manual", "admin", this.clock.instant(), "racing:/data"))
				.kind()).as("one training in the cluster, also when two start at once")
				.isEqualTo(Problem.Kind.CONFLICT);
			other.start();
			assertThat(status(elsewhere.version())).as("its instance trains").isEqualTo(ModelVersion.TRAINING);
			other.follow();
			assertThat(status(elsewhere.version())).isEqualTo(ModelVersion.TRAINING);

			this.jdbc
				.sql("update dispatch_model set heartbeat_at = heartbeat_at - interval '6 minutes' where version = ?")
				.param(elsewhere.version())
				.update();
			other.follow();
			assertThat(status(elsewhere.version())).as("its instance stopped").isEqualTo(ModelVersion.FAILED);
			assertThat(other.active().map(DispatchModel::version)).contains(first);
		}
		finally {
			this.versions.failed(elsewhere.version(), "test", this.clock.instant());
			other.destroy();
		}
	}

	private String status(int version) {
		return this.versions.find(version).orElseThrow().status();
	}

	/** Another instance on the same database, with a data folder of its own. */
	private DispatchModels otherInstance() {
		HotlineProperties own = new HotlineProperties(this.otherDataDir, this.properties.db(),
				this.properties.jurisdiction(), this.properties.adminPassword(), this.properties.demo());
		return new DispatchModels(this.versions, this.files, this.history, this.dispatching, this.catalog,
				this.organisation, this.settings, own, this.audit, this.clock, this.workers);
	}

	/**
	 * The other instance suggests what this one does, for texts and a place; the same
	 * version or one made of the same files.
	 */
	private void assertSameSuggestions(DispatchModels other, boolean sameVersion) {
		DispatchSuggestions there = new DispatchSuggestions(other, this.thresholds, this.dispatching, this.organisation,
				this.catalog, this.addresses, this.orders, this.log, this.words, this.historyRouting);
		for (String text : TEXTS) {
			DispatchAdvice here = this.suggestions.suggest(text, ADDRESS, null, Actor.system());
			DispatchAdvice away = there.suggest(text, ADDRESS, null, Actor.system());
			assertThat(away.suggestions()).as(text).isNotEmpty().isEqualTo(here.suggestions());
			assertThat(away.similar()).as(text).isEqualTo(here.similar());
			assertThat(away.terms()).as(text).isEqualTo(here.terms());
			if (sameVersion) {
				assertThat(away.modelVersion()).isEqualTo(here.modelVersion());
			}
		}
	}

	/** Each file of the version is in the table with its size and checksum. */
	private void assertStored(int version) {
		List<Map<String, Object>> rows = this.jdbc
			.sql("select path, size, octet_length(content) as length, sha256, content from dispatch_model_file "
					+ "where version = ?")
			.param(version)
			.query()
			.listOfRows();
		assertThat(rows).isNotEmpty();
		long total = 0;
		for (Map<String, Object> row : rows) {
			assertThat(((Number) row.get("size")).longValue()).isEqualTo(((Number) row.get("length")).longValue());
			assertThat(row.get("sha256")).isEqualTo(ModelFiles.sha256((byte[]) row.get("content")));
			total += ((Number) row.get("size")).longValue();
		}
		assertThat(rows).extracting((row) -> row.get("path")).contains(DispatchModel.WEIGHTS, DispatchModel.ROUTING);
		assertThat(this.jdbc.sql("select stored_bytes from dispatch_model where version = ?")
			.param(version)
			.query(Long.class)
			.single()).isEqualTo(total);
	}

	private Timestamp storedAt(int version) {
		return this.jdbc.sql("select stored_at from dispatch_model where version = ?")
			.param(version)
			.query(Timestamp.class)
			.single();
	}

	private static List<Path> files(Path folder) throws Exception {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static void awaitVersion(DispatchModels models, int version) {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (models.active().map(DispatchModel::version).orElse(0) != version) {
			assertThat(Instant.now()).as("v" + version + " answering").isBefore(until);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
