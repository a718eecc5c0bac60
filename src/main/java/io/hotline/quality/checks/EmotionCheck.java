package io.hotline.quality.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.hotline.conversation.Speaker;
import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.stereotype.Component;

/**
 * 情绪升级与安抚: the caller's emotion in each utterance (a word of the {@code lexicon} counts
 * 1, an exclamation or doubled question mark ½, saying again what they said before 1);
 * where it reaches {@code threshold} (2) and rises above the caller's earlier utterances,
 * one of the agent's next {@code within} (2) utterances soothes ({@code soothing}), or a
 * finding rests on the caller's utterance.
 */
@Component
class EmotionCheck implements Check {

	static final List<String> LEXICON = List.of("投诉", "太过分", "过分", "受不了", "气死", "凭什么", "到底", "怎么还", "多少次", "什么态度",
			"不像话", "忍无可忍", "没人管", "离谱", "搞什么", "欺负人", "不负责", "骗子", "曝光", "找媒体", "一直没", "还没解决");

	static final List<String> SOOTHING = List.of("抱歉", "对不起", "理解您", "别着急", "不要着急", "请您放心", "您放心", "不好意思", "非常理解",
			"消消气", "别生气", "辛苦您", "给您带来");

	@Override
	public String kind() {
		return "EMOTION";
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		List<String> lexicon = rule.words("lexicon", LEXICON);
		List<String> soothing = rule.words("soothing", SOOTHING);
		double threshold = rule.number("threshold", 2);
		int within = (int) rule.number("within", 2);
		List<Finding> found = new ArrayList<>();
		List<String> earlier = new ArrayList<>();
		double highest = 0;
		for (int i = 0; i < subject.size(); i++) {
			if (!subject.by(i, Speaker.CALLER)) {
				continue;
			}
			String text = subject.utterance(i).text();
			double emotion = emotion(text, earlier, lexicon);
			earlier.add(text);
			if (emotion >= threshold && emotion > highest) {
				if (Words.said(subject, Speaker.AGENT, i + 1, within, soothing) < 0) {
					found.add(subject.at(rule, i, String.format("来电人情绪升级（%.1f），坐席未安抚", emotion)));
				}
			}
			highest = Math.max(highest, emotion);
		}
		return found;
	}

	/** The emotion an utterance shows, given the caller's earlier ones. */
	static double emotion(String text, List<String> earlier, List<String> lexicon) {
		double score = 0;
		for (String word : lexicon) {
			if (text.contains(word)) {
				score += 1;
			}
		}
		score += 0.5 * text.chars().filter((c) -> c == '!' || c == '！').count();
		score += 0.5 * (text.split("[?？]{2,}", -1).length - 1);
		for (String before : earlier) {
			if (similar(text, before)) {
				score += 1;
				break;
			}
		}
		return score;
	}

	/** Whether two utterances share at least half their character pairs. */
	static boolean similar(String a, String b) {
		Set<String> pa = pairs(a);
		Set<String> pb = pairs(b);
		if (pa.size() < 3 || pb.size() < 3) {
			return false;
		}
		Set<String> shared = new HashSet<>(pa);
		shared.retainAll(pb);
		return shared.size() * 2 >= Math.min(pa.size(), pb.size());
	}

	private static Set<String> pairs(String text) {
		String letters = text.replaceAll("[\\p{P}\\s]", "");
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < letters.length(); i++) {
			pairs.add(letters.substring(i, i + 2));
		}
		return pairs;
	}

}
