package io.hotline.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A task's input file: the option's, or the shared data's, refused where it is not. */
class TaskOptionsTests {

	@Test
	void aFileIsTheOptionsOrTheFallbackAndMustBeThere(@TempDir Path dir) throws Exception {
		Path given = Files.writeString(dir.resolve("given.csv"), "a,b\n");
		Path shared = Files.writeString(dir.resolve("shared.csv"), "a,b\n");
		assertThat(TaskOptions.of("--input", given.toString()).file("input", shared.toString(), "pairs"))
			.isEqualTo(given);
		assertThat(TaskOptions.of().file("input", shared.toString(), "pairs")).isEqualTo(shared);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TaskOptions.of().file("input", dir.resolve("absent.csv").toString(), "pairs"))
			.withMessageContaining("no pairs at")
			.withMessageContaining("--input")
			.withMessageContaining("absent.csv");
	}

}
