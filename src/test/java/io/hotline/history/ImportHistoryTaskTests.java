package io.hotline.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.hotline.platform.TaskOptions;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code import-history} as the command line runs it: an {@link IllegalArgumentException}
 * is exit code 2 with its message on one line (CommandLineTasks).
 */
@HotlineTest
class ImportHistoryTaskTests {

	static final String BOSTON_HEADER = "CASE_ENQUIRY_ID,OPEN_DT,TARGET_DT,CLOSED_DT,OnTime_Status,CASE_STATUS,CLOSURE_REASON,CASE_TITLE,SUBJECT,REASON,TYPE,QUEUE,Department,Location,Source";

	@Autowired
	ImportHistoryTask task;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void readsAGbkFileAsGb18030AndSaysSo() throws IOException {
		String id = UUID.randomUUID().toString();
		Path file = write("gbk.csv",
				(String.join(",", GenericCsvFormat.HEADER) + "\n" + "g:" + id
						+ ",2025-05-01T10:00:00,WEB,HELP,小区路灯不亮，请尽快维修,,,,REGISTERED,,,\n")
					.getBytes(SourceFile.GB18030));

		assertThat(run("--format", "csv", "--input", file.toString())).isZero();
		assertThat(output()).contains("as csv, GB18030 (its bytes are not UTF-8 but decode cleanly as GB18030");
		assertThat(this.jdbc.sql("select content from work_order where request_id = ?")
			.param("g:" + id)
			.query(String.class)
			.single()).isEqualTo("小区路灯不亮，请尽快维修");

		String again = UUID.randomUUID().toString();
		Path forced = write("forced.csv", (String.join(",", GenericCsvFormat.HEADER) + "\n" + "g:" + again
				+ ",2025-05-01T10:00:00,WEB,HELP,小区路灯不亮,,,,REGISTERED,,,\n")
			.getBytes(SourceFile.GB18030));
		assertThat(run("--format", "csv", "--input", forced.toString(), "--encoding", "UTF-8")).isZero();
		assertThat(output()).contains("line 2: it holds bytes that are not text in the file's encoding");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> run("--format", "csv", "--input", forced.toString(), "--encoding", "KLINGON"))
			.withMessage("unknown encoding 'KLINGON'; give UTF-8, GB18030 or another name Java knows");
	}

	@Test
	void refusesABrokenGzipOfEveryFormatInOneLine() throws IOException {
		Path fake = write("fake.csv.gz", new byte[] { 0x1f, (byte) 0x8b, 0x03, 0x00, 0x11, 0x22 });
		for (String format : List.of("csv", "boston311", "teddy2020")) {
			assertThatIllegalArgumentException().isThrownBy(() -> run("--format", format, "--input", fake.toString()))
				.withMessage("cannot read " + fake + ": it starts like gzip but is not gzip"
						+ " (Unsupported compression method)");
		}
	}

	@Test
	void aGzipThatBreaksOffKeepsTheRowsBeforeAndExitsWithWhereItBroke() throws IOException {
		for (String format : List.of("csv", "boston311", "teddy2020")) {
			StringBuilder text = new StringBuilder(header(format)).append('\n');
			for (int i = 0; i < 30_000; i++) {
				text.append(row(format, UUID.randomUUID().toString())).append('\n');
			}
			byte[] whole = HistorySourceFileTests.gzip(text.toString().getBytes(StandardCharsets.UTF_8));
			Path file = write(format + "-truncated.csv.gz", Arrays.copyOf(whole, whole.length * 2 / 3));

			assertThatIllegalArgumentException().isThrownBy(() -> run("--format", format, "--input", file.toString()))
				.withMessageStartingWith(file + ": reading stopped at line ")
				.withMessageEndingWith(": the gzip data breaks off (a truncated file?)");
			assertThat(output()).containsPattern("loaded [1-9][0-9,]* orders");
		}
	}

	@Test
	void refusesAFileOfAnotherFormatNamingTheFile() throws IOException {
		Path file = write("labels.csv", "label,text\n城乡建设,路灯不亮\n".getBytes(StandardCharsets.UTF_8));
		for (String format : List.of("csv", "boston311")) {
			assertThatIllegalArgumentException().isThrownBy(() -> run("--format", format, "--input", file.toString()))
				.withMessageStartingWith(file + ": this is not a " + format + " file: the header has no ")
				.withMessageEndingWith(" (read as UTF-8)");
		}
	}

	@Test
	void writesEveryRejectedRowWithItsLineAndReason() throws IOException {
		String id = UUID.randomUUID().toString();
		StringBuilder text = new StringBuilder(String.join(",", GenericCsvFormat.HEADER)).append('\n');
		text.append("r:").append(id).append(":ok,2025-05-01T10:00:00,WEB,HELP,井盖缺失,,,,REGISTERED,,,\n");
		for (int i = 0; i < 30; i++) {
			text.append("r:")
				.append(id)
				.append(':')
				.append(i)
				.append(",2025-05-01T10:00:00,FAX,HELP,井盖,,,,REGISTERED,,,\n");
		}
		text.append("r:").append(id).append(":q,2025-05-01T10:00:00,WEB,HELP,\"井盖 \"\"缺失\"\"\",,,,CLOSED,,,\n");
		Path file = write("rejects.csv", text.toString().getBytes(StandardCharsets.UTF_8));
		Path rejects = this.folder.resolve("out/rejected.csv");
		Files.createDirectories(rejects.getParent());

		assertThat(run("--format", "csv", "--input", file.toString(), "--rejects", rejects.toString())).isZero();
		assertThat(output()).contains("loaded 1 orders, 0 already present, 31 rows rejected (32 rows read)",
				"  line 3: channel 'FAX' is not one of", "  ... and 11 more rejected rows",
				"every rejected row (line,reason): " + rejects);
		List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(32);
		assertThat(lines.get(0)).isEqualTo("\uFEFFline,reason");
		assertThat(lines.get(1)).startsWith("3,\"channel 'FAX' is not one of [PHONE,");
		assertThat(lines.get(31)).isEqualTo("33,\"status CLOSED needs closedAt\"");

		// without --rejects: beside the input, and gone once a run rejects nothing
		Path beside = this.folder.resolve("rejects.csv.rejects.csv");
		assertThat(run("--format", "csv", "--input", file.toString())).isZero();
		assertThat(beside).exists();
		assertThat(output()).contains("loaded 0 orders, 1 already present, 31 rows rejected",
				"every rejected row (line,reason): " + beside);
		Files.writeString(file, String.join(",", GenericCsvFormat.HEADER) + "\n" + "r:" + id
				+ ":ok,2025-05-01T10:00:00,WEB,HELP,井盖缺失,,,,REGISTERED,,,\n");
		assertThat(run("--format", "csv", "--input", file.toString())).isZero();
		assertThat(beside).doesNotExist();
	}

	@Test
	void namesTheRealBostonDepartmentsByTheirRowsAndNoTwoAlike() throws IOException {
		assumeTrue(Files.isRegularFile(BostonFileTests.FILE), () -> "skipped: " + BostonFileTests.FILE.toAbsolutePath()
				+ " is absent (the shared data lies beside the checkout as ../shared)");
		// the file may be loaded already by another test of the shared context: the names
		// are the same either way
		assertThat(run("--format", "boston311", "--input", BostonFileTests.FILE.toString(), "--rejects",
				this.folder.resolve("boston-rejects.csv").toString()))
			.isZero();

		assertThat(name("BOS-PARK")).isEqualTo("Parks & Recreation Department");
		assertThat(name("BOS-BTDT")).isEqualTo("Transportation - Traffic Division");
		assertThat(name("BOS-INFO")).isEqualTo("Mayor's 24 Hour Hotline");
		assertThat(name("BOS-GEN_")).isEqualTo("Mayor's 24 Hour Hotline (BOS-GEN_)");
		assertThat(this.jdbc.sql("""
				select name from handling_unit where code like 'BOS-%'
				group by lower(name), name having count(*) > 1""").query(String.class).list()).isEmpty();
	}

	private String name(String code) {
		return this.jdbc.sql("select name from handling_unit where code = ?").param(code).query(String.class).single();
	}

	private static String header(String format) {
		return switch (format) {
			case "csv" -> String.join(",", GenericCsvFormat.HEADER);
			case "boston311" -> BOSTON_HEADER;
			default -> "留言编号,留言用户,留言主题,留言时间,留言详情";
		};
	}

	private static String row(String format, String id) {
		return switch (format) {
			case "csv" -> "z:" + id + ",2025-05-01T10:00:00,WEB,HELP,井盖缺失,,,,REGISTERED,,,";
			case "boston311" ->
				id + ",01/03/2015 09:00:00 AM,01/20/2015 08:30:00 AM,,ONTIME,Open,,Graffiti,Property Management,Graffiti,Graffiti Removal,Q,PROP,1 City Hall Sq,Constituent Call";
			default -> "z" + id + ",A1,主题,2019/4/25 9:32:09,详情";
		};
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.folder.resolve(name), bytes);
	}

	private int run(String... args) throws IOException {
		this.printed.reset();
		return this.task.run(TaskOptions.of(args), new PrintStream(this.printed, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

}
