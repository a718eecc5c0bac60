package io.hotline.dispatch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hotline.classification.Algorithm;
import io.hotline.classification.Example;
import io.hotline.classification.Prediction;
import io.hotline.classification.Prediction.Scored;
import io.hotline.classification.Training;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CategoryModelTests {

	private static final Map<String, String> LEVEL_ONE = Map.of("0101", "01", "0102", "01", "0201", "02");

	private static final Map<String, List<String>> WORDS = Map.of("0101", List.of("停水", "水压低", "自来水发黄"), "0102",
			List.of("燃气泄漏", "煤气味", "燃气表"), "0201", List.of("噪音扰民", "广场舞", "施工噪声"));

	@Test
	void findsTheLevelOneCategoryAndThenTheCategoryWithinIt() {
		CategoryModel.Trained trained = CategoryModel.train(examples(), LEVEL_ONE::get,
				new Training(Algorithm.CHARS_SVM, 3, 42));
		Prediction prediction = trained.model().predict("楼里一整天停水了，自来水发黄");
		assertThat(prediction.labels().get(0).label()).isEqualTo("0101");
		assertThat(prediction.labels().stream().mapToDouble(Scored::probability).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
		// a level-1 category with one category answers it for certain within
		assertThat(trained.model().predict("晚上广场舞噪音扰民").labels().get(0).label()).isEqualTo("0201");
		assertThat(trained.model().labels()).isEqualTo(3);
	}

	@Test
	void saysWhatModelsThatHadNotSeenAnExampleSaidOfIt() {
		List<Example> examples = examples();
		CategoryModel.Trained trained = CategoryModel.train(examples, LEVEL_ONE::get,
				new Training(Algorithm.CHARS_SVM, 3, 42));
		assertThat(trained.heldOut()).hasSize(examples.size());
		long right = 0;
		for (int i = 0; i < examples.size(); i++) {
			right += trained.heldOut().get(i).get(0).label().equals(examples.get(i).label()) ? 1 : 0;
		}
		assertThat((double) right / examples.size()).isGreaterThan(0.8);
	}

	@Test
	void predictsTheSameAfterSavingAndLoading(@TempDir Path folder) throws Exception {
		CategoryModel model = CategoryModel.train(examples(), LEVEL_ONE::get, new Training(Algorithm.CHARS_SVM, 3, 42))
			.model();
		model.save(folder.resolve("categories"));
		CategoryModel loaded = CategoryModel.load(folder.resolve("categories"));
		for (String text : List.of("燃气表旁边有煤气味", "施工噪声太大", "水压低")) {
			List<Scored> before = model.predict(text).labels();
			List<Scored> after = loaded.predict(text).labels();
			assertThat(after).hasSameSizeAs(before);
			for (int k = 0; k < before.size(); k++) {
				assertThat(after.get(k).label()).isEqualTo(before.get(k).label());
				assertThat(after.get(k).probability()).isCloseTo(before.get(k).probability(), within(1e-9));
			}
		}
	}

	private static List<Example> examples() {
		List<Example> examples = new ArrayList<>();
		String[] places = { "我家小区", "单位楼下", "学校附近", "菜市场旁边", "公交站", "老城区", "新村", "商业街" };
		WORDS.forEach((category, words) -> {
			for (int i = 0; i < 24; i++) {
				examples.add(new Example(category, places[i % places.length] + words.get(i % words.size()) + "，"
						+ words.get((i + 1) % words.size()) + "，已经" + (i + 2) + "天了，希望尽快处理"));
			}
		});
		return examples;
	}

}
