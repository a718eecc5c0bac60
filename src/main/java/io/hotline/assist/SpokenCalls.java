package io.hotline.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.hotline.address.Gazetteer;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.org.Division;

/**
 * The caller's details said the ways callers say them, for benchmarks: a name (我姓王, 免贵姓王,
 * 我叫王小明, the bare name), a phone (digits, grouped digits, Chinese numerals with 幺, a
 * landline, or 就打这个号码 with no number said), an address of the jurisdiction (the official
 * names, the street and community short, the district short and street, near the
 * community), each with what is true. Written here independently of the filler's
 * patterns.
 */
final class SpokenCalls {

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志文斌辉鹏";

	private static final String[] NUMERALS = { "零", "幺", "二", "三", "四", "五", "六", "七", "八", "九" };

	private final Random random;

	private final List<Division> communities;

	private final Gazetteer gazetteer;

	SpokenCalls(Gazetteer gazetteer, String jurisdiction, Random random) {
		this.gazetteer = gazetteer;
		this.random = random;
		this.communities = gazetteer.within(jurisdiction, Division.COMMUNITY)
			.stream()
			.filter((c) -> c.name().matches(".+(社区居委会|社区居民委员会|社区|村委会|村民委员会)")
					&& gazetteer.division(c.parentCode()).map((s) -> s.name().matches(".+(街道|镇)")).orElse(false))
			.toList();
	}

	/** What was said and what is true: the text, and the value the form should hold. */
	record Said(String text, String truth, String variant) {

	}

	/** A place said and its true district and street codes. */
	record Place(String text, String districtCode, String streetCode, String typed, String variant) {

	}

	Said name() {
		String surname = String.valueOf(CallerDetails.SURNAMES.charAt(this.random.nextInt(60)));
		String full = surname + GIVEN.charAt(this.random.nextInt(GIVEN.length()))
				+ (this.random.nextBoolean() ? String.valueOf(GIVEN.charAt(this.random.nextInt(GIVEN.length()))) : "");
		return switch (this.random.nextInt(5)) {
			case 0 -> new Said("我姓" + surname + "。", surname, "我姓X");
			case 1 -> new Said("免贵姓" + surname + "，" + surname + "先生就行", surname, "免贵姓X");
			case 2 -> new Said("我叫" + full + "。", surname, "我叫XY");
			case 3 -> new Said("姓" + surname + "，叫" + full, surname, "姓X叫XY");
			default -> new Said(full + "。", surname, "bare name");
		};
	}

	Said phone() {
		StringBuilder mobile = new StringBuilder("1").append("3456789".charAt(this.random.nextInt(7)));
		for (int i = 0; i < 9; i++) {
			mobile.append(this.random.nextInt(10));
		}
		String m = mobile.toString();
		return switch (this.random.nextInt(5)) {
			case 0 -> new Said("我的电话是" + m, m, "digits");
			case 1 ->
				new Said(m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7) + "。", m, "grouped digits");
			case 2 -> new Said("手机号" + numerals(m.substring(0, 3)) + "，" + numerals(m.substring(3, 7)) + "，"
					+ numerals(m.substring(7)), m, "Chinese numerals");
			case 3 -> {
				String landline = "020" + (8 + this.random.nextInt(2)) + m.substring(4);
				yield new Said("座机，" + landline.substring(0, 3) + "-" + landline.substring(3), landline, "landline");
			}
			default -> new Said("就打我这个来电号码吧", null, "no number said");
		};
	}

	Place place() {
		Division community = this.communities.get(this.random.nextInt(this.communities.size()));
		Division street = this.gazetteer.division(community.parentCode()).orElseThrow();
		Division district = this.gazetteer.division(street.parentCode()).orElseThrow();
		String shortCommunity = community.name().replaceAll("(居委会|居民委员会|村委会|村民委员会)$", "");
		String shortStreet = street.name().replaceAll("街道$", "街");
		String shortDistrict = district.name().replaceAll("(区|县|市)$", "");
		String typed = district.name() + street.name() + shortCommunity;
		return switch (this.random.nextInt(5)) {
			case 0 -> new Place(
					"地址是" + district.name() + street.name() + shortCommunity + (3 + this.random.nextInt(20)) + "栋",
					district.code(), street.code(), typed, "official");
			case 1 -> new Place("就在" + shortStreet + shortCommunity + "那边", district.code(), street.code(), typed,
					"street and community short");
			case 2 -> new Place("在" + shortDistrict + shortStreet + "这一带", district.code(), street.code(),
					shortDistrict + shortStreet, "district short and street");
			case 3 -> new Place("我住" + shortCommunity + "，" + district.name() + "那个" + street.name(), district.code(),
					street.code(), typed, "community then district");
			default -> new Place(district.name() + "，" + shortCommunity + "旁边", district.code(), street.code(), typed,
					"district and community");
		};
	}

	private static String numerals(String digits) {
		StringBuilder said = new StringBuilder();
		for (char c : digits.toCharArray()) {
			said.append(NUMERALS[c - '0']);
		}
		return said.toString();
	}

	/**
	 * A message said over the phone: in two to four caller utterances, with the agent
	 * between.
	 */
	static List<Utterance> message(String text, Random random) {
		List<Utterance> said = new ArrayList<>();
		String[] sentences = text.split("(?<=[。！？!?；;])");
		int parts = Math.min(sentences.length, 2 + random.nextInt(3));
		int per = (int) Math.ceil((double) sentences.length / parts);
		for (int i = 0; i < sentences.length; i += per) {
			StringBuilder chunk = new StringBuilder((i == 0) ? "喂，你好，我想反映个事情，" : "就是说，");
			for (int k = i; k < Math.min(sentences.length, i + per); k++) {
				chunk.append(sentences[k]);
			}
			said.add(Utterance.of(Speaker.CALLER, chunk.toString()));
			said.add(Utterance.of(Speaker.AGENT, (i + per < sentences.length) ? "嗯，您接着说" : "好的，我记下了"));
		}
		return said;
	}

}
