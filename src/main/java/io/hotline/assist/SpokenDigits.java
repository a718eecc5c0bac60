package io.hotline.assist;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers said one digit at a time, in digits or Chinese numerals (幺三八, 零 or 〇, 两, 拐 for
 * 7, 勾 for 9), with spaces, dashes or commas between groups: the runs long enough to be a
 * phone number, each with where it lies in the text.
 */
final class SpokenDigits {

	/** A run shorter than this is not a phone number. */
	static final int SHORTEST = 7;

	private SpokenDigits() {
	}

	/** A run of digits and where it was said: {@code text.substring(start, end)}. */
	record Run(String digits, int start, int end) {

	}

	static List<Run> runs(String text) {
		List<Run> runs = new ArrayList<>();
		StringBuilder digits = new StringBuilder();
		int start = -1;
		int end = -1;
		for (int i = 0; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : '。';
			char digit = digit(c);
			if (digit != 0) {
				if (start < 0) {
					start = i;
				}
				digits.append(digit);
				end = i + 1;
			}
			else if (start >= 0 && separator(c) && i + 1 < text.length() && digit(text.charAt(i + 1)) != 0) {
				continue;
			}
			else if (start >= 0) {
				if (digits.length() >= SHORTEST) {
					runs.add(new Run(digits.toString(), start, end));
				}
				digits.setLength(0);
				start = -1;
			}
		}
		return runs;
	}

	private static boolean separator(char c) {
		return c == ' ' || c == '-' || c == '，' || c == ',' || c == '、' || c == '\u3000';
	}

	/** The digit a character says, or 0. */
	static char digit(char c) {
		if (c >= '0' && c <= '9') {
			return c;
		}
		if (c >= '０' && c <= '９') {
			return (char) ('0' + (c - '０'));
		}
		return switch (c) {
			case '零', '〇', '洞' -> '0';
			case '一', '幺', '壹' -> '1';
			case '二', '两', '贰' -> '2';
			case '三', '叁' -> '3';
			case '四', '肆' -> '4';
			case '五', '伍' -> '5';
			case '六', '陆' -> '6';
			case '七', '拐', '柒' -> '7';
			case '八', '捌' -> '8';
			case '九', '勾', '玖' -> '9';
			default -> 0;
		};
	}

}
