package io.hotline.history;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@HotlineTest
class HistoryImportTests {

	@LocalServerPort
	int port;

	@Autowired
	HistoryImport imports;

	@Autowired
	GenericCsvFormat csv;

	@Autowired
	Boston311Format boston;

	@Autowired
	Teddy2020Format teddy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsTheGoodRowsOfTheGenericFormatAndNamesTheLineAndReasonOfEachBadOne() throws IOException {
		String id = UUID.randomUUID().toString();
		String file = String.join("\n", String.join(",", GenericCsvFormat.HEADER), "m:" + id
				+ ":1,2025-03-01T09:30:00+08:00,PHONE,COMPLAINT,\"噪音扰民, 夜间施工\",天河区石牌街道,,DEMO-UNIT-1,CLOSED,2025-03-10T18:00:00+08:00,2025-03-05T10:00:00+08:00,SATISFIED",
				"m:" + id + ":2,2025-13-01T09:30:00,PHONE,HELP,路灯不亮,,,,REGISTERED,,,",
				"m:" + id + ":3,2025-03-02T09:30:00,FAX,HELP,路灯不亮,,,,REGISTERED,,,",
				"m:" + id + ":4,2025-03-02T09:30:00,WEB,HELP,,,,,REGISTERED,,,",
				"m:" + id + ":5,2025-03-02T09:30:00,WEB,HELP,\"broken\"quote,,,,REGISTERED,,,",
				"m:" + id + ":6,2025-03-03T08:00:00,WEB,CONSULTATION,\"多行\n内容\",,,DEMO-UNIT-1,HANDLING,,,");
		ImportReport report = run(file, this.csv);

		assertThat(report.loaded()).isEqualTo(2);
		assertThat(report.rejected()).isEqualTo(4);
		assertThat(report.rejections()).containsExactly("line 3: createdAt '2025-13-01T09:30:00' is not a date",
				"line 4: channel 'FAX' is not one of [PHONE, WEB, WECHAT, APP, MAILBOX, EMAIL, OPEN311, OTHER]",
				"line 5: content is empty", "line 6: a quoted field is followed by 'q'");
		Response closed = order("m:" + id + ":1");
		assertThat(closed.text("status")).isEqualTo("CLOSED");
		assertThat(closed.text("content")).isEqualTo("噪音扰民, 夜间施工");
		assertThat(closed.text("number")).startsWith("20250301");
		assertThat(closed.body().get("location").get("codes").get("street").asString()).startsWith("440106");
		assertThat(types(closed)).containsExactly("REGISTERED", "DISPATCHED", "SIGNED", "REPLIED", "CALLED_BACK");
		assertThat(closed.body().get("events").get(4).get("at").asString()).isEqualTo("2025-03-05T02:00:00Z");
		Response open = order("m:" + id + ":6");
		assertThat(open.text("status")).isEqualTo("HANDLING");
		assertThat(open.text("content")).isEqualTo("多行\n内容");
	}

	@Test
	void runningTheSameFileTwiceLoadsNothingTwice() throws IOException {
		String id = UUID.randomUUID().toString();
		String file = String.join(",", GenericCsvFormat.HEADER) + "\n" + "t:" + id
				+ ",2025-05-01T10:00:00,WEB,HELP,井盖缺失,,,,CLOSED,,2025-05-02T10:00:00,\n";
		assertThat(run(file, this.csv).loaded()).isEqualTo(1);

		ImportReport second = run(file, this.csv);
		assertThat(second.loaded()).isZero();
		assertThat(second.present()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from work_order where request_id = ?")
			.param("t:" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void turnsBostonRequestsIntoOrdersOfTheirDepartmentAndCategory() throws IOException {
		long id = 990_000_000L + (long) (Math.random() * 1_000_000);
		String header = "CASE_ENQUIRY_ID,OPEN_DT,TARGET_DT,CLOSED_DT,OnTime_Status,CASE_STATUS,CLOSURE_REASON,CASE_TITLE,SUBJECT,REASON,TYPE,QUEUE,Department,Location,Source";
		String file = String.join("\n", header, id
				+ ",01/01/2015 12:25:23 AM,01/16/2015 08:30:00 AM,01/02/2015 04:17:43 PM,ONTIME,Closed,Case Closed,PRINTED,Public Works Department,Street Lights,Street Light Outages,PWDx_Street Light Outages,PWDx,145 Ipswich St  Boston  MA  02215,Citizens Connect App",
				(id + 1) + ",13/45/2015 10:00:00 AM,,,ONTIME,Open,,Pothole,Public Works Department,Highway,Pothole,Q,PWDx,Main St,Self Service",
				(id + 2) + ",01/03/2015 09:00:00 AM,01/20/2015 08:30:00 AM,,ONTIME,Open,,Graffiti,Property Management,Graffiti,Graffiti Removal,Q,PROP,1 City Hall Sq,Constituent Call");
		ImportReport report = run(file, this.boston);

		assertThat(report.loaded()).isEqualTo(2);
		assertThat(report.rejections()).containsExactly("line 3: OPEN_DT '13/45/2015 10:00:00 AM' is not a date");
		Response closed = order("boston311:" + id);
		assertThat(closed.text("channel")).isEqualTo("APP");
		assertThat(closed.text("content")).isEqualTo("Street Light Outages: PRINTED");
		assertThat(closed.text("createdAt")).isEqualTo("2015-01-01T05:25:23Z");
		assertThat(types(closed)).containsExactly("REGISTERED", "DISPATCHED", "SIGNED", "REPLIED", "CALLED_BACK");
		Response open = order("boston311:" + (id + 2));
		assertThat(open.text("status")).isEqualTo("DISPATCHED");
		assertThat(open.text("deadline")).isEqualTo("2015-01-20T13:30:00Z");
		assertThat(this.jdbc.sql("select name from handling_unit where code = 'BOS-PWDx'").query(String.class).single())
			.isEqualTo("Public Works Department");
		assertThat(this.jdbc.sql("select path_name from category where code = ?")
			.param(closed.text("categoryCode"))
			.query(String.class)
			.single()).isEqualTo("Street Lights/Street Light Outages");
	}

	@Test
	void namesEachBostonDepartmentByWhatMostOfItsRowsSayAndNeverTwoAlike() throws IOException {
		String run = Long.toString(System.nanoTime(), 36);
		String a = "Works " + run;
		String b = "Parks " + run;
		String[][] rows = { { "X1" + run, a }, { "X1" + run, b }, { "X1" + run, b }, { "X2" + run, b },
				{ "X2" + run, b }, { "X2" + run, b }, { "X2" + run, b }, { "X3" + run, a },
				{ "X3" + run, "Lights " + run }, { "X3" + run, "Lights " + run } };
		ImportReport report = run(bostonFile(rows), this.boston);

		assertThat(report.loaded()).isEqualTo(10);
		assertThat(unitName("BOS-X2" + run)).isEqualTo(b);
		assertThat(unitName("BOS-X1" + run)).isEqualTo(b + " (BOS-X1" + run + ")");
		assertThat(unitName("BOS-X3" + run)).isEqualTo("Lights " + run);
		assertThat(report.notes()).containsExactly("unit BOS-X1" + run + " is named '" + b + " (BOS-X1" + run + ")': '"
				+ b + "' is the name of unit BOS-X2" + run);

		String[][] again = { { "X3" + run, "Signals " + run }, { "X3" + run, "Signals " + run } };
		ImportReport second = run(bostonFile(again), this.boston);
		assertThat(unitName("BOS-X3" + run)).isEqualTo("Lights " + run);
		assertThat(second.notes()).containsExactly("unit BOS-X3" + run + " keeps its name 'Lights " + run
				+ "', though its rows here name it 'Signals " + run + "' (--rename-units renames it)");

		ImportReport renamed = this.imports.run(new StringReader(bostonFile(again)), this.boston, (line) -> {
		}, new ImportReport(), true);
		assertThat(unitName("BOS-X3" + run)).isEqualTo("Signals " + run);
		assertThat(renamed.notes())
			.containsExactly("unit BOS-X3" + run + " renamed from 'Lights " + run + "' to 'Signals " + run + "'");
	}

	@Test
	void rejectsAnUnknownSatisfactionOrOneOfAnOrderNeverCalledBackNamingTheValue() throws IOException {
		String id = UUID.randomUUID().toString();
		String file = String.join("\n", String.join(",", GenericCsvFormat.HEADER),
				"s:" + id + ":1,2025-03-01T09:30:00,PHONE,COMPLAINT,噪音,,,DEMO-UNIT-1,CLOSED,,2025-03-05T10:00:00,HAPPY",
				"s:" + id + ":2,2025-03-01T09:30:00,PHONE,COMPLAINT,噪音,,,DEMO-UNIT-1,HANDLING,,,HAPPY",
				"s:" + id + ":3,2025-03-01T09:30:00,PHONE,COMPLAINT,噪音,,,DEMO-UNIT-1,HANDLING,,,SATISFIED", "s:" + id
						+ ":4,2025-03-01T09:30:00,PHONE,COMPLAINT,噪音,,,DEMO-UNIT-1,CLOSED,,2025-03-05T10:00:00,dissatisfied");
		ImportReport report = run(file, this.csv);

		assertThat(report.loaded()).isEqualTo(1);
		assertThat(report.rejections()).containsExactly(
				"line 2: satisfaction 'HAPPY' is not one of [SATISFIED, BASICALLY_SATISFIED, DISSATISFIED]",
				"line 3: satisfaction 'HAPPY' is not one of [SATISFIED, BASICALLY_SATISFIED, DISSATISFIED]",
				"line 4: satisfaction SATISFIED belongs to a called-back order: status CLOSED with a unitCode");
		assertThat(order("s:" + id + ":4").text("satisfaction")).isEqualTo("DISSATISFIED");
	}

	@Test
	void rejectsTimesBefore1990OrInTheFutureNamingTheRowAndValue() throws IOException {
		String id = UUID.randomUUID().toString();
		long boston = 995_000_000L + (long) (Math.random() * 1_000_000);
		String csvFile = String.join("\n", String.join(",", GenericCsvFormat.HEADER),
				"d:" + id + ":1,1900-03-01T09:30:00,PHONE,HELP,路灯,,,,REGISTERED,,,",
				"d:" + id + ":2,9999-03-01T09:30:00Z,PHONE,HELP,路灯,,,,REGISTERED,,,",
				"d:" + id + ":3,2025-03-01T09:30:00,PHONE,HELP,路灯,,,DEMO-UNIT-1,DISPATCHED,9999-01-01T00:00:00,,",
				"d:" + id + ":4,2025-03-01T09:30:00,PHONE,HELP,路灯,,,DEMO-UNIT-1,DISPATCHED,2027-01-01T00:00:00,,");
		ImportReport csvReport = run(csvFile, this.csv);
		assertThat(csvReport.loaded()).isEqualTo(1);
		assertThat(csvReport.rejections()).hasSize(3)
			.satisfies((r) -> assertThat(r.get(0)).isEqualTo("line 2: createdAt '1900-03-01T09:30:00' is before 1990"))
			.satisfies((r) -> assertThat(r.get(1))
				.startsWith("line 3: createdAt '9999-03-01T09:30:00Z' is in the future (after "))
			.satisfies((r) -> assertThat(r.get(2))
				.startsWith("line 4: deadline '9999-01-01T00:00:00' is more than 10 years ahead (after "));

		String header = "CASE_ENQUIRY_ID,OPEN_DT,TARGET_DT,CLOSED_DT,OnTime_Status,CASE_STATUS,CLOSURE_REASON,CASE_TITLE,SUBJECT,REASON,TYPE,QUEUE,Department,Location,Source";
		ImportReport bostonReport = run(String.join("\n", header, boston
				+ ",01/01/1900 12:25:23 AM,,,ONTIME,Open,,Pothole,Public Works Department,Highway,Pothole,Q,PWDx,Main St,Self Service",
				(boston + 1)
						+ ",01/01/2015 12:25:23 AM,,01/01/9999 12:25:23 AM,ONTIME,Closed,,Pothole,Public Works Department,Highway,Pothole,Q,PWDx,Main St,Self Service"),
				this.boston);
		assertThat(bostonReport.loaded()).isZero();
		assertThat(bostonReport.rejections().get(0))
			.isEqualTo("line 2: OPEN_DT '01/01/1900 12:25:23 AM' is before 1990");
		assertThat(bostonReport.rejections().get(1))
			.startsWith("line 3: CLOSED_DT '01/01/9999 12:25:23 AM' is in the future");

		int teddy = 900_000 + (int) (Math.random() * 90_000);
		ImportReport teddyReport = run(String.join("\n", "留言编号,留言用户,留言主题,留言时间,留言详情,答复意见,答复时间",
				teddy + ",A1,主题,1900/4/25 9:32:09,详情,答复,2019/5/10 14:56:53",
				(teddy + 1) + ",A1,主题,2019/4/25 9:32:09,详情,答复,9999/5/10 14:56:53"), this.teddy);
		assertThat(teddyReport.loaded()).isZero();
		assertThat(teddyReport.rejections().get(0)).isEqualTo("line 2: 留言时间 '1900/4/25 9:32:09' is before 1990");
		assertThat(teddyReport.rejections().get(1)).startsWith("line 3: 答复时间 '9999/5/10 14:56:53' is in the future");
	}

	@Test
	void rejectsTextsLongerThanTheApiTakes() throws IOException {
		String id = UUID.randomUUID().toString();
		String file = String.join("\n", String.join(",", GenericCsvFormat.HEADER),
				"l:" + id + ":1,2025-03-01T09:30:00,PHONE,HELP," + "长".repeat(1_000_000) + ",,,,REGISTERED,,,",
				"l:" + id + ":2,2025-03-01T09:30:00,PHONE,HELP,路灯," + "街".repeat(501) + ",,,REGISTERED,,,",
				"l:" + id + "x".repeat(128) + ",2025-03-01T09:30:00,PHONE,HELP,路灯,,,,REGISTERED,,,",
				"l:" + id + ":4,2025-03-01T09:30:00,PHONE,HELP,\"" + "长".repeat(20_000) + "\",,,,REGISTERED,,,");
		ImportReport report = run(file, this.csv);

		assertThat(report.loaded()).isEqualTo(1);
		assertThat(report.rejections()).containsExactly(
				"line 2: content has 1,000,000 characters; the API takes at most 20,000",
				"line 3: address has 501 characters; the API takes at most 500",
				"line 4: requestId has " + (("l:" + id).length() + 128) + " characters; the API takes at most 128");

		int teddy = 900_000 + (int) (Math.random() * 90_000);
		ImportReport teddyReport = run(String.join("\n", "留言编号,留言用户,留言主题,留言时间,留言详情",
				teddy + ",A1," + "题".repeat(201) + ",2019/4/25 9:32:09,详情",
				(teddy + 1) + "," + "用".repeat(65) + ",主题,2019/4/25 9:32:09,详情"), this.teddy);
		assertThat(teddyReport.rejections()).containsExactly(
				"line 2: 留言主题 has 201 characters; the API takes at most 200",
				"line 3: 留言用户 has 65 characters; the API takes at most 64");
	}

	@Test
	void anUnclosedQuoteCostsItsRowAndTheRowsAfterItAreLoaded() throws IOException {
		String id = UUID.randomUUID().toString();
		String file = String.join("\n", String.join(",", GenericCsvFormat.HEADER),
				"q:" + id + ":1,2025-03-01T09:30:00,PHONE,HELP,\"5 inch pipe,,,,REGISTERED,,,",
				"q:" + id + ":2,2025-03-01T09:30:00,PHONE,HELP,路灯,,,,REGISTERED,,,",
				"q:" + id + ":3,2025-03-01T09:30:00,PHONE,HELP,井盖,,,,REGISTERED,,,");
		ImportReport report = run(file, this.csv);

		assertThat(report.loaded()).isEqualTo(2);
		assertThat(report.rejections()).containsExactly("line 2: a quoted field opened on this line is not closed"
				+ " before the end of the file; reading goes on at line 3");
	}

	@Test
	void closesTeddyMessagesWithTheGovernmentsReply() throws IOException {
		int id = 800_000 + (int) (Math.random() * 100_000);
		String file = String.join("\n", "留言编号,留言用户,留言主题,留言时间,留言详情,答复意见,答复时间",
				id + ",A00045581,A2区景蓉华苑物业管理有问题,2019/4/25 9:32:09,\"物业扬言要退出小区，\n业主很担心\",您好，已责成街道协调。,2019/5/10 14:56:53",
				(id + 1) + ",A0001,主题,2019/4/31 9:32:09,详情,答复,2019/5/10 14:56:53",
				(id + 2) + ",A0002,主题,2019/4/25 9:32:09,,答复,2019/5/10 14:56:53");
		ImportReport report = run(file, this.teddy);

		assertThat(report.loaded()).isEqualTo(1);
		assertThat(report.rejections()).containsExactly("line 4: 留言时间 '2019/4/31 9:32:09' is not a date",
				"line 5: 留言详情 is empty");
		Response order = order("teddy2020:" + id);
		assertThat(order.text("channel")).isEqualTo("WEB");
		assertThat(order.text("status")).isEqualTo("CLOSED");
		assertThat(order.text("title")).isEqualTo("A2区景蓉华苑物业管理有问题");
		assertThat(order.text("closedAt")).isEqualTo("2019-05-10T06:56:53Z");
		assertThat(order.body().get("events").get(1).get("note").asString()).isEqualTo("您好，已责成街道协调。");
	}

	@Test
	void refusesAFileOfAnotherFormat() {
		assertThatIllegalArgumentException().isThrownBy(() -> run("label,text\n城乡建设,路灯不亮\n", this.boston))
			.withMessageContaining("not a boston311 file: the header has no CASE_ENQUIRY_ID");
	}

	private ImportReport run(String text, HistoryFormat format) throws IOException {
		List<String> progress = new ArrayList<>();
		ImportReport report = this.imports.run(new StringReader(text), format, progress::add);
		// a line after every batch written; a file of rejected rows only writes none
		assertThat(progress.isEmpty()).isEqualTo(report.loaded() + report.present() == 0);
		return report;
	}

	private String unitName(String code) {
		return this.jdbc.sql("select name from handling_unit where code = ?").param(code).query(String.class).single();
	}

	private static String bostonFile(String[][] departmentsAndSubjects) {
		StringBuilder file = new StringBuilder(
				"CASE_ENQUIRY_ID,OPEN_DT,TARGET_DT,CLOSED_DT,OnTime_Status,CASE_STATUS,CLOSURE_REASON,CASE_TITLE,SUBJECT,REASON,TYPE,QUEUE,Department,Location,Source\n");
		for (String[] row : departmentsAndSubjects) {
			file.append(UUID.randomUUID())
				.append(",01/03/2015 09:00:00 AM,01/20/2015 08:30:00 AM,,ONTIME,Open,,Graffiti,")
				.append(row[1])
				.append(",Graffiti,Graffiti Removal,Q,")
				.append(row[0])
				.append(",1 City Hall Sq,Constituent Call\n");
		}
		return file.toString();
	}

	private Response order(String requestId) {
		long id = this.jdbc.sql("select id from work_order where request_id = ?")
			.param(requestId)
			.query(Long.class)
			.single();
		Response response = Api.as(this.port, "supervisor1").get("/api/orders/" + id);
		assertThat(response.status()).isEqualTo(200);
		return response;
	}

	private static List<String> types(Response order) {
		List<String> types = new ArrayList<>();
		order.body().get("events").forEach((e) -> types.add(e.get("type").asString()));
		return types;
	}

}
