package io.hotline.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import io.hotline.HotlineApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command-line task runs in an application without a web server and ends with its exit
 * code.
 */
class CommandLineTasksTests {

	@Test
	void answersAnUnknownCommandWithExitCodeTwoAndNoWebServer() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "task-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HotlineApplication.class)
			.web(WebApplicationType.NONE)
			.profiles("task")
			.run("no-such-command", "--hotline.data-dir=" + dataDir, "--logging.level.root=warn");
		assertThat(context.containsBean("security")).isFalse();
		assertThat(SpringApplication.exit(context)).isEqualTo(2);
	}

	@Test
	void tellsTasksFromServerStarts() {
		assertThat(CommandLineTasks.isTask(new String[] { "import-history", "--input", "x" })).isTrue();
		assertThat(CommandLineTasks.isTask(new String[] { "--server.port=9090" })).isFalse();
		assertThat(CommandLineTasks.isTask(new String[0])).isFalse();
		assertThat(CommandLineTasks.servesHttp(new String[] { "benchmark" })).isTrue();
		assertThat(CommandLineTasks.servesHttp(new String[] { "benchmark-callback-plans", "--orders", "10" })).isTrue();
	}

	@Test
	void runsOnlyTheTasksThatNeedNoApplicationWithoutStartingIt() {
		assertThat(StandaloneTasks.all()).extracting(HotlineTask::name)
			.contains("classifier-train", "classifier-predict", "benchmark-classifier");
		assertThat(StandaloneTasks.run(new String[] { "import-history", "--input", "x" })).isEmpty();
		assertThat(StandaloneTasks.run(new String[] { "--server.port=9090" })).isEmpty();
		assertThat(StandaloneTasks.run(new String[] { "classifier-train" })).hasValue(2);
	}

	@Test
	void readsTaskOptions() {
		TaskOptions options = TaskOptions.of("--input", "a.csv", "--size=5", "--verbose");
		assertThat(options.required("input")).isEqualTo("a.csv");
		assertThat(options.intValue("size", 1)).isEqualTo(5);
		assertThat(options.flag("verbose")).isTrue();
		assertThat(options.get("model")).isEmpty();
	}

}
