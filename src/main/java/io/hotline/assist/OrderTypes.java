package io.hotline.assist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.workorder.OrderType;

/**
 * The order's type from the caller's words: each type has its words (举报: 举报, 偷排…; 投诉: 投诉,
 * 扰民, 没人管…), the type whose words the caller says most wins, the first said on a tie;
 * without any, a question (请问, 怎么, 吗) is a consultation and anything else a help request,
 * both with a low confidence.
 */
final class OrderTypes {

	private static final Map<OrderType, List<String>> WORDS = new LinkedHashMap<>();

	static {
		WORDS.put(OrderType.REPORT, List.of("举报", "偷排", "非法", "违法", "无证", "传销", "诈骗", "偷倒"));
		WORDS.put(OrderType.COMPLAINT,
				List.of("投诉", "扰民", "没人管", "不管", "不作为", "太差", "乱收费", "拖欠", "噪音", "脏乱差", "不满", "态度恶劣", "推诿"));
		WORDS.put(OrderType.SUGGESTION, List.of("建议", "提个意见", "希望能增设", "能不能增加", "应该增设"));
		WORDS.put(OrderType.PRAISE, List.of("表扬", "感谢信", "锦旗", "点赞", "特别感谢"));
		WORDS.put(OrderType.HELP, List.of("求助", "帮帮", "救命", "被困", "走失", "没法生活", "困难"));
		WORDS.put(OrderType.CONSULTATION, List.of("咨询", "请问", "想问", "问一下", "怎么办理", "需要什么材料", "多少钱", "在哪里办", "能不能办"));
	}

	static final Map<OrderType, String> NAMES = Map.of(OrderType.CONSULTATION, "咨询", OrderType.HELP, "求助",
			OrderType.COMPLAINT, "投诉", OrderType.REPORT, "举报", OrderType.SUGGESTION, "建议", OrderType.PRAISE, "表扬");

	private OrderTypes() {
	}

	static FormField of(List<Utterance> utterances) {
		Map<OrderType, Integer> counts = new LinkedHashMap<>();
		Map<OrderType, Integer> first = new LinkedHashMap<>();
		Map<OrderType, String> evidence = new LinkedHashMap<>();
		int total = 0;
		for (int i = 0; i < utterances.size(); i++) {
			if (utterances.get(i).speaker() != Speaker.CALLER) {
				continue;
			}
			String text = utterances.get(i).text();
			for (Map.Entry<OrderType, List<String>> type : WORDS.entrySet()) {
				for (String word : type.getValue()) {
					if (text.contains(word)) {
						counts.merge(type.getKey(), 1, Integer::sum);
						first.putIfAbsent(type.getKey(), i);
						evidence.putIfAbsent(type.getKey(), word);
						total++;
					}
				}
			}
		}
		if (total == 0) {
			for (int i = 0; i < utterances.size(); i++) {
				String text = utterances.get(i).text();
				if (utterances.get(i).speaker() == Speaker.CALLER
						&& (text.contains("怎么") || text.contains("吗") || text.contains("？") || text.contains("?"))) {
					return field(OrderType.CONSULTATION, 0.4, i, text);
				}
			}
			return field(OrderType.HELP, 0.3, null, null);
		}
		OrderType best = null;
		for (OrderType type : counts.keySet()) {
			if (best == null || counts.get(type) > counts.get(best)
					|| (counts.get(type).equals(counts.get(best)) && first.get(type) < first.get(best))) {
				best = type;
			}
		}
		double confidence = 0.5 + 0.45 * counts.get(best) / total;
		return field(best, confidence, first.get(best), evidence.get(best));
	}

	private static FormField field(OrderType type, double confidence, Integer utterance, String evidence) {
		return new FormField(type.name(), NAMES.get(type), confidence, utterance, evidence);
	}

}
