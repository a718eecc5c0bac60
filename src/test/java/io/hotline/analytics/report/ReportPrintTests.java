package io.hotline.analytics.report;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes a report worth printing, without the platform: its PDF's text copies as the
 * characters shown (no Kangxi radicals for 一 日 月 工), no heading is the last line of a
 * page, and no two labels of a chart overlap.
 */
class ReportPrintTests {

	private static final Pattern HEADING = Pattern.compile("^第\\d+节 \\S+$");

	@Test
	void thePdfsTextHasTheIdeographsShownNotKangxiRadicals() throws Exception {
		String words = "一日月工人口土山水火木金大小中上下子女目力心手文方日月 一、总体情况 每日受理量 工单 办理中 已办结";
		String text = text(Reports.pdf(page("<h2>一、总体情况</h2><p>" + words + "</p>")));
		assertThat(text.codePoints().filter((c) -> c >= 0x2E80 && c <= 0x2FDF))
			.as("Kangxi radicals or CJK radicals in %s", text)
			.isEmpty();
		assertThat(text).contains("一、总体情况", "一日月工人口土山水火木", "每日受理量", "工单", "已办结");
	}

	@Test
	void noHeadingIsTheLastLineOfAPage() throws Exception {
		// sections of 1, 2, 3 … lines, so that the headings fall at every height of a
		// page
		StringBuilder body = new StringBuilder();
		for (int section = 1; section <= 80; section++) {
			body.append("<h2>第").append(section).append("节 考核指标</h2>");
			for (int line = 0; line < section * 7 % 11 + 1; line++) {
				body.append("<p>本节第").append(line + 1).append("段：受理量、按时办结率与满意率的变化。</p>");
			}
		}
		try (PDDocument pdf = Loader.loadPDF(Reports.pdf(page(body.toString())))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
			List<String> stranded = new ArrayList<>();
			for (int n = 1; n < pdf.getNumberOfPages(); n++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(n);
				stripper.setEndPage(n);
				List<String> lines = stripper.getText(pdf)
					.lines()
					.map(String::strip)
					.filter((l) -> !l.isEmpty())
					.toList();
				String last = lines.get(lines.size() - 1);
				if (HEADING.matcher(last).matches()) {
					stranded.add("page " + n + ": " + last);
				}
			}
			assertThat(stranded).isEmpty();
		}
	}

	@Test
	void theChartsLabelsNeverOverlap() {
		Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
		g.setFont(ReportCharts.font().deriveFont(Font.PLAIN, (float) ReportCharts.LABEL_SIZE));
		FontMetrics metrics = g.getFontMetrics();
		List<String> categories = List.of("住房和城乡建设管理类", "市容环境卫生", "道路交通与停车管理", "噪音扰民", "供水供电供气", "劳动保障与工资拖欠", "教育培训",
				"医疗卫生", "物业管理服务纠纷", "城市管理综合执法");
		List<String> days = new ArrayList<>();
		for (int d = 1; d <= 31; d++) {
			days.add(String.format("12-%02d", d));
		}
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			many.add("第" + i + "类事项名称很长");
		}
		assertNoOverlap(metrics, categories, true);
		assertNoOverlap(metrics, many, true);
		assertNoOverlap(metrics, days, false);
		// dates are never cut, only thinned
		assertThat(labels(metrics, days, false)).allSatisfy((l) -> assertThat(l.text()).matches("12-\\d\\d"));
		assertThat(labels(metrics, categories, true)).hasSize(10)
			.anySatisfy((l) -> assertThat(l.text()).endsWith("…"))
			.allSatisfy((l) -> assertThat(l.text()).isNotBlank());
	}

	private static void assertNoOverlap(FontMetrics metrics, List<String> texts, boolean bars) {
		List<ReportCharts.Label> labels = labels(metrics, texts, bars);
		assertThat(labels).isNotEmpty();
		for (int i = 0; i < labels.size(); i++) {
			ReportCharts.Label a = labels.get(i);
			assertThat(a.x()).isGreaterThanOrEqualTo(0);
			assertThat(a.x() + a.width()).isLessThanOrEqualTo(ReportCharts.WIDTH);
			for (int j = i + 1; j < labels.size(); j++) {
				assertThat(a.overlaps(labels.get(j))).as("%s overlaps %s", a, labels.get(j)).isFalse();
			}
		}
	}

	private static List<ReportCharts.Label> labels(FontMetrics metrics, List<String> texts, boolean bars) {
		int left = 50;
		double step = (ReportCharts.WIDTH - 16 - left) / (double) texts.size();
		return ReportCharts.labels(metrics, texts, left, step, 200, bars);
	}

	/** The built-in template's head (its styles) around a body. */
	private static String page(String body) {
		String template = ReportTemplates.builtIn();
		Matcher head = Pattern.compile("(?s)^(.*<body>)").matcher(template);
		assertThat(head.find()).isTrue();
		return head.group(1).replace("{{title}}", "测试") + body + "</body></html>";
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
