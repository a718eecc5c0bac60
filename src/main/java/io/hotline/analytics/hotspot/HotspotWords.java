package io.hotline.analytics.hotspot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The words and places of a message: HanLP's segmentation (with its place recognition), a
 * stop-word list of this package ({@code hotspot/stopwords.txt}) and a few patterns for
 * places.
 * <p>
 * A <em>place</em> is, simply: a district code of the anonymised kind ({@code A3区},
 * {@code A7县}, {@code A市}); a word HanLP tags as a place ({@code ns}, {@code nsf}); or a
 * run of up to four nouns that ends in a place suffix word ({@code 小区}, {@code 街道},
 * {@code 社区}, {@code 花园}, {@code 村}, {@code 路} …) or in a place word that ends with one
 * ({@code 春华镇}), such as {@code 魅力之城小区} or {@code 阳光花园小区}. It misses places that HanLP
 * cuts into verbs and takes the odd noun phrase for a place ({@code 水泥路}); the topics
 * count places by messages, so a stray one rarely rises.
 * <p>
 * A <em>keyword</em> candidate is a word of two characters or more that is a noun, verb
 * or adjective, neither a stop word nor a person's name, and no part of a place.
 */
final class HotspotWords {

	/** The anonymised codes of the Teddy data and such: A市, A3区, B7县. */
	private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{0,2}(?:市|区|县|镇|省)");

	private static final Set<String> SUFFIXES = Set.of("小区", "街道", "社区", "花园", "广场", "公寓", "大厦", "家园", "新城", "新村", "村",
			"镇", "乡", "路", "大道", "街", "苑", "园", "区", "县", "大桥", "公园");

	/** Words HanLP tags as places that are none (seen in the Teddy messages). */
	private static final Set<String> NOT_PLACES = Set.of("无水", "群里", "下店", "地省", "中华人民共和国", "中国", "全国");

	/** The titles of laws and documents, 《…》, which name no place of the problem. */
	private static final Pattern BOOK_TITLE = Pattern.compile("《[^》]{0,60}》");

	/** Words that start a phrase such as 整个小区, which names no place. */
	private static final Set<String> VAGUE = Set.of("整个", "全部", "所有", "各个", "每个", "这个", "那个", "该", "本", "新建", "老旧");

	/** Words that end like a place but name none. */
	private static final Set<String> GENERIC = Set.of("线路", "道路", "马路", "公路", "铁路", "思路", "出路", "电路", "门路", "网路", "水泥路",
			"城区", "市区", "辖区", "郊区", "地区", "片区", "景区", "园区", "校区", "新区", "城镇", "乡镇", "农村", "乡村", "街道", "小区", "社区", "花园",
			"大街", "街区", "老街", "步行街");

	private static final Set<String> STRONG_ENDINGS = Set.of("小区", "街道", "社区", "花园", "家园", "新城", "新村", "镇", "乡", "村",
			"路", "大道", "街", "苑", "县", "区");

	static final Set<String> STOP_WORDS = stopWords();

	private static final Segment SEGMENT = HanLP.newSegment().enablePlaceRecognize(true);

	private HotspotWords() {
	}

	/**
	 * What a message says, in words.
	 *
	 * @param title the content words of the title
	 * @param text the content words of the text
	 * @param places the places it names, each once, in order
	 */
	record Analysis(List<String> title, List<String> text, Set<String> places) {

	}

	static Analysis analyse(String title, String text, String givenPlace) {
		Set<String> places = new LinkedHashSet<>();
		if (givenPlace != null && !givenPlace.isBlank()) {
			places.add(givenPlace.strip());
		}
		List<String> titleWords = words(title, places);
		List<String> textWords = words(text, places);
		Set<String> all = Set.copyOf(places);
		places.removeIf((p) -> NOT_PLACES.contains(p)
				|| all.stream().anyMatch((q) -> q.length() > p.length() && q.contains(p)));
		return new Analysis(titleWords, textWords, places);
	}

	private static List<String> words(String raw, Set<String> places) {
		List<String> words = new ArrayList<>();
		if (raw == null || raw.isBlank()) {
			return words;
		}
		String text = BOOK_TITLE.matcher(raw.replace('\u3000', ' ')).replaceAll("，");
		Matcher codes = CODE.matcher(text);
		StringBuilder rest = new StringBuilder();
		int last = 0;
		while (codes.find()) {
			places.add(codes.group());
			rest.append(text, last, codes.start()).append('，');
			last = codes.end();
		}
		rest.append(text, last, text.length());
		List<Term> terms;
		synchronized (SEGMENT) {
			terms = SEGMENT.seg(rest.toString());
		}
		Set<String> placeParts = new HashSet<>();
		int runStart = 0;
		for (int i = 0; i <= terms.size(); i++) {
			boolean nameLike = i < terms.size() && nameLike(terms.get(i));
			if (nameLike) {
				continue;
			}
			place(terms, runStart, i, places, placeParts);
			runStart = i + 1;
		}
		for (Term term : terms) {
			String word = term.word.strip().toLowerCase(Locale.ROOT);
			if (content(term, word) && !placeParts.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** The place that ends the run of name-like terms [from, to), if one does. */
	private static void place(List<Term> terms, int from, int to, Set<String> places, Set<String> placeParts) {
		for (int i = from; i < to; i++) {
			Term term = terms.get(i);
			String nature = term.nature.toString();
			if ((nature.equals("ns") || nature.equals("nsf")) && term.word.length() >= 2
					&& !SUFFIXES.contains(term.word) && !GENERIC.contains(term.word)) {
				places.add(term.word);
				placeParts.add(term.word);
			}
		}
		int end = to - 1;
		while (end >= from && !suffix(terms.get(end).word)) {
			end--;
		}
		if (end < from) {
			return;
		}
		int start = Math.max(from, end - 3);
		StringBuilder place = new StringBuilder();
		for (int i = start; i <= end; i++) {
			place.append(terms.get(i).word);
		}
		String last = terms.get(end).word;
		boolean named = SUFFIXES.contains(last) ? place.length() >= last.length() + 2
				: (end > start || !terms.get(end).nature.toString().equals("n"));
		String head = terms.get(start).word;
		named = named && !GENERIC.contains(head) && !STOP_WORDS.contains(head) && !VAGUE.contains(head);
		if (named && place.length() <= 12) {
			places.add(place.toString());
			for (int i = start; i <= end; i++) {
				placeParts.add(terms.get(i).word);
			}
		}
	}

	private static boolean suffix(String word) {
		if (SUFFIXES.contains(word)) {
			return true;
		}
		if (GENERIC.contains(word)) {
			return false;
		}
		for (String ending : STRONG_ENDINGS) {
			if (word.length() > ending.length() && word.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	private static boolean nameLike(Term term) {
		String nature = term.nature.toString();
		return (nature.startsWith("n") && !nature.equals("nx")) || nature.equals("uzhi") || nature.equals("j")
				|| nature.equals("b") || nature.equals("s");
	}

	private static boolean content(Term term, String word) {
		if (word.codePointCount(0, word.length()) < 2 || STOP_WORDS.contains(word)) {
			return false;
		}
		if (!Character.isIdeographic(word.codePointAt(0))) {
			return false;
		}
		String nature = term.nature.toString();
		if (nature.startsWith("nr") || nature.startsWith("ns") || nature.equals("nx")) {
			return false;
		}
		return nature.startsWith("n") || nature.startsWith("v") || nature.startsWith("a") || nature.equals("gi")
				|| nature.equals("i") || nature.equals("l");
	}

	private static Set<String> stopWords() {
		Set<String> words = new HashSet<>();
		try (InputStream in = HotspotWords.class.getResourceAsStream("/hotspot/stopwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("hotspot/stopwords.txt is missing from the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
