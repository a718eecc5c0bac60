package io.hotline.dispatch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hotline.dispatch.PastOrders.PastOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarOrdersTests {

	private static final String BOILERPLATE = "已经持续一段时间，多次反映未见改善，请相关部门尽快处理。";

	private static final String[] MATTERS = { "路灯不亮", "井盖缺失", "垃圾清运不及时", "违章停车", "占道经营", "污水外溢", "拖欠工资", "学校收费", "燃气泄漏",
			"供水中断" };

	@Test
	void matchesTheMatterNotTheBoilerplate(@TempDir Path folder) throws Exception {
		List<PastOrder> orders = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			// every matter but noise, with the hotline's boilerplate
			orders.add(order(i, "东风路一带" + MATTERS[i % MATTERS.length] + "的问题" + BOILERPLATE, 100 + i % MATTERS.length));
		}
		orders.add(order(90, "楼上装修噪音扰民，晚上十点以后还在施工", 7));
		orders.add(order(91, "广场舞音响噪音太大，影响休息", 7));
		SimilarOrders.build(folder, orders);
		try (SimilarOrders similar = SimilarOrders.open(folder)) {
			List<SimilarOrders.Similar> found = similar.like("中山路楼下酒吧噪音扰民" + BOILERPLATE, 5);
			assertThat(found).isNotEmpty();
			assertThat(found).extracting(SimilarOrders.Similar::unitId).containsOnly(7L);
			assertThat(similar.like("多次反映未见改善，请相关部门尽快处理", 5)).isEmpty();
		}
	}

	private static PastOrder order(long id, String text, long unit) {
		return new PastOrder(id, "N" + id, "", text, "C" + unit, null, null, null, unit);
	}

}
