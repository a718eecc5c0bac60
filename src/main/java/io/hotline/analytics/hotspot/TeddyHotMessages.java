package io.hotline.analytics.hotspot;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.hotline.platform.QuotedCsv;

/**
 * The messages of the Teddy 2020 contest's hot-spot set ({@code attachment3_hot.csv}:
 * {@code 留言编号,留言用户,留言主题,留言时间,留言详情,反对数,点赞数}, times such as {@code 2019/2/28 11:25:05} in
 * China's time), each weighing 1 + its likes.
 */
public final class TeddyHotMessages {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("y/M/d H:m:s");

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private TeddyHotMessages() {
	}

	public static List<HotMessage> read(Path file) throws IOException {
		List<List<String>> rows;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			rows = QuotedCsv.rows(reader);
		}
		if (rows.isEmpty() || !rows.get(0).contains("留言详情")) {
			throw new IOException(
					file + " is not the Teddy hot-spot set: its header is not 留言编号,留言用户,留言主题,留言时间,留言详情,…");
		}
		List<String> header = rows.get(0);
		int id = header.indexOf("留言编号");
		int title = header.indexOf("留言主题");
		int time = header.indexOf("留言时间");
		int text = header.indexOf("留言详情");
		int likes = header.indexOf("点赞数");
		List<HotMessage> messages = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() < header.size() || row.get(id).isBlank()) {
				continue;
			}
			double weight = 1 + ((likes >= 0) ? parseOrZero(row.get(likes)) : 0);
			messages.add(new HotMessage(row.get(id).strip(), row.get(title).strip(), row.get(text).strip(), null,
					LocalDateTime.parse(row.get(time).strip(), TIME).atZone(CHINA).toInstant(), weight));
		}
		return messages;
	}

	private static double parseOrZero(String value) {
		try {
			return Math.max(0, Double.parseDouble(value.strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
