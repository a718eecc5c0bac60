package io.hotline.analytics.hotspot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words and places of a message. */
class HotspotWordsTests {

	@Test
	void findsDistrictCodesAndNamedCommunitiesAndKeepsThemOutOfTheWords() {
		HotspotWords.Analysis analysis = HotspotWords.analyse("A5区魅力之城小区临街餐饮店油烟噪音扰民",
				"您好，A市A5区劳动东路魅力之城小区楼下的餐饮店油烟直排，依据《中华人民共和国大气污染防治法》请相关部门处理。", null);
		assertThat(analysis.places()).contains("A5区", "魅力之城小区").doesNotContain("中华人民共和国", "小区");
		assertThat(analysis.title()).contains("油烟", "噪音").doesNotContain("魅力", "小区");
		assertThat(analysis.text()).contains("油烟").doesNotContain("您好", "相关部门", "处理", "大气");
	}

	@Test
	void joinsTheNamesHanlpCutsOfACommunityAndTakesTheGivenPlace() {
		HotspotWords.Analysis analysis = HotspotWords.analyse("锦绣华庭小区暖气不热", "东方明珠小区的朋友家也一样。", "雨花区");
		assertThat(analysis.places()).containsExactlyInAnyOrder("雨花区", "锦绣华庭小区", "东方明珠小区");
		assertThat(analysis.title()).contains("暖气");
	}

}
