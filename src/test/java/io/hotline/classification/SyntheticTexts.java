package io.hotline.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small labelled texts for tests without the shared data: each label has words of its
 * own, in sentences of common words, so that a classifier can learn them in a moment.
 */
final class SyntheticTexts {

	private static final String[][] WORDS = { { "停水", "水压", "自来水", "水管爆裂" }, { "噪音", "扰民", "施工", "广场舞" },
			{ "学校", "学生", "老师", "补课费" } };

	static final List<String> LABELS = List.of("供水", "噪声", "教育");

	private static final String[] COMMON = { "我们小区", "最近", "一直", "希望", "有关部门", "尽快", "处理", "居民", "反映", "情况", "严重",
			"谢谢" };

	private SyntheticTexts() {
	}

	static List<Example> examples(int perLabel, long seed) {
		Random random = new Random(seed);
		List<Example> examples = new ArrayList<>();
		for (int i = 0; i < perLabel; i++) {
			for (int label = 0; label < LABELS.size(); label++) {
				examples.add(new Example(LABELS.get(label), text(label, random)));
			}
		}
		return examples;
	}

	static String text(int label, Random random) {
		StringBuilder text = new StringBuilder(WORDS[label][random.nextInt(WORDS[label].length)]);
		for (int i = 0; i < 7; i++) {
			text.append((random.nextInt(3) == 0) ? WORDS[label][random.nextInt(WORDS[label].length)]
					: COMMON[random.nextInt(COMMON.length)]);
		}
		return text.append('。').toString();
	}

}
