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
		assertThat(progress).isNotEmpty();
		return report;
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
