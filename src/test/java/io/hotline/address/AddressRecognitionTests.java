package io.hotline.address;

import io.hotline.address.AddressRecognition.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrasings of issue 5, with real places, under a city (广州 4401, 兰州 6201, 苏州 3205)
 * and a province (甘肃 62, 江苏 32) as jurisdiction.
 */
class AddressRecognitionTests {

	private final Recognitions recognitions = new Recognitions();

	@Test
	void readsADistrictAndStreetWrittenAsBareStemsAmongNoiseWords() {
		AddressRecognition place = this.recognitions.of("4401", "天河石牌那边华师小区门口");
		assertThat(place.place().codes()).isEqualTo(new ResolvedAddress("440106", "440106006", null));
		assertThat(place.status()).isEqualTo(Status.RECOGNISED);
		assertThat(place.matched()).extracting(AddressRecognition.Match::text).containsExactly("天河", "石牌");
	}

	@Test
	void readsAStreetStemFollowedByACompoundName() {
		assertThat(this.recognitions.codes("4401", "番禺市桥某某花园"))
			.isEqualTo(new ResolvedAddress("440113", "440113007", null));
		assertThat(this.recognitions.codes("44", "番禺市桥某某花园"))
			.isEqualTo(new ResolvedAddress("440113", "440113007", null));
	}

	@Test
	void fillsTheDistrictThatTheTextLeavesOut() {
		assertThat(this.recognitions.codes("4401", "石牌街道华南师范大学社区"))
			.isEqualTo(new ResolvedAddress("440106", "440106006", "440106006006"));
	}

	@Test
	void readsAStreetWrittenWithJieAndACommunityWithoutItsCommittee() {
		assertThat(this.recognitions.codes("4401", "石牌街华标社区旁边"))
			.isEqualTo(new ResolvedAddress("440106", "440106006", "440106006009"));
		assertThat(this.recognitions.codes("4401", "天河区石牌街暨南大学"))
			.isEqualTo(new ResolvedAddress("440106", "440106006", "440106006007"));
	}

	@Test
	void readsAnOfficialAddressWithTheCityAndTheFullCommitteeName() {
		AddressRecognition place = this.recognitions.of("4401", "广州市天河区石牌街道华南师范大学社区居委会");
		assertThat(place.place().community().name()).isEqualTo("华南师范大学社区居委会");
		assertThat(place.place().city().code()).isEqualTo("4401");
		assertThat(place.confidence()).isGreaterThan(0.95);
	}

	@Test
	void findsThePlaceNamedInsideALongComplaint() {
		String complaint = "尊敬的领导您好，我是番禺区市桥街道的居民，我们小区门口的下水道堵塞已经一个多月了，每天晚上臭气熏天，" + "多次向物业反映都没有人管，希望有关部门尽快处理。";
		assertThat(this.recognitions.codes("4401", complaint))
			.isEqualTo(new ResolvedAddress("440113", "440113007", null));
	}

	@Test
	void prefersTheFullerChainWhenATextNamesTwoPlaces() {
		assertThat(this.recognitions.codes("4401", "我在天河区上班，家住番禺区市桥街道"))
			.isEqualTo(new ResolvedAddress("440113", "440113007", null));
	}

	@Test
	void readsLanzhousChengguanUnderTheCityAndUnderTheProvince() {
		for (String jurisdiction : new String[] { "6201", "62" }) {
			AddressRecognition place = this.recognitions.of(jurisdiction, "住城关区雁滩那一片");
			assertThat(place.place().district().code()).as(jurisdiction).isEqualTo("620102");
			assertThat(place.inJurisdiction()).isTrue();
		}
		assertThat(this.recognitions.codes("62", "兰州市城关区雁南街道雁宁路社区"))
			.isEqualTo(new ResolvedAddress("620102", "620102003", "620102003001"));
	}

	@Test
	void readsACountyLevelCityWithoutItsShi() {
		for (String jurisdiction : new String[] { "3205", "32" }) {
			AddressRecognition place = this.recognitions.of(jurisdiction, "常熟虞山那边有个工地半夜施工");
			assertThat(place.place().codes()).as(jurisdiction)
				.isEqualTo(new ResolvedAddress("320581", "320581001", null));
			assertThat(place.place().district().name()).isEqualTo("常熟市");
		}
	}

	@Test
	void saysSoWhenThePlaceLiesOutsideTheJurisdictionAndStillNamesIt() {
		AddressRecognition place = this.recognitions.of("4401", "常熟虞山那边有个工地半夜施工");
		assertThat(place.inJurisdiction()).isFalse();
		assertThat(place.status()).isEqualTo(Status.OUT_OF_JURISDICTION);
		assertThat(place.place().street().name()).isEqualTo("虞山街道");
		AddressRecognition lanzhou = this.recognitions.of("4401", "兰州市城关区雁南街道");
		assertThat(lanzhou.inJurisdiction()).isFalse();
		assertThat(lanzhou.place().codes()).isEqualTo(new ResolvedAddress("620102", "620102003", null));
	}

	@Test
	void offersBothStreetsWhenTheirCommunitiesShareAName() {
		AddressRecognition place = this.recognitions.of("4401", "海珠区聚龙社区有人占道经营");
		assertThat(place.status()).isEqualTo(Status.AMBIGUOUS);
		assertThat(place.place().district().code()).isEqualTo("440105");
		assertThat(place.alternatives()).extracting((a) -> a.place().community().code())
			.containsAnyOf("440105004106", "440105008114");
		assertThat(place.confidence()).isLessThan(0.6);
	}

	@Test
	void letsTheStreetOrDistrictNamedElsewhereDecide() {
		assertThat(this.recognitions.of("4401", "南华西街，海珠区聚龙社区").place().codes())
			.isEqualTo(new ResolvedAddress("440105", "440105008", "440105008114"));
		AddressRecognition place = this.recognitions.of("4401", "荔湾区聚龙社区");
		assertThat(place.place().community().code()).isEqualTo("440103015007");
		assertThat(place.status()).isEqualTo(Status.RECOGNISED);
	}

	@Test
	void offersTheOtherDistrictOfTheSameNameOutsideTheJurisdiction() {
		AddressRecognition place = this.recognitions.of("4401", "住城关区雁滩那一片");
		assertThat(place.inJurisdiction()).isFalse();
		assertThat(place.status()).isEqualTo(Status.OUT_OF_JURISDICTION);
		assertThat(place.place().district().code()).as("the larger one first").isEqualTo("620102");
		assertThat(place.alternatives()).extracting((a) -> a.place().district().code()).containsExactly("540102");
		assertThat(place.alternatives().get(0).confidence()).isEqualTo(place.confidence());
	}

	@Test
	void neverFiresACommonWordOrAStockNameAlone() {
		for (String jurisdiction : new String[] { "4401", "62" }) {
			for (String text : new String[] { "中心", "新村那边", "东风路上", "人民群众反映", "城关", "到市中心办事", "我家门口的路灯坏了" }) {
				assertThat(this.recognitions.of(jurisdiction, text)).as(jurisdiction + " " + text)
					.isEqualTo(AddressRecognition.NONE);
			}
		}
	}

	@Test
	void letsACommonWordNameACommunityRightAfterItsDistrict() {
		assertThat(this.recognitions.codes("4401", "天河区新村那边"))
			.isEqualTo(new ResolvedAddress("440106", "440106002", "440106002028"));
	}

	@Test
	void answersNothingWithConfidenceZeroWhenNothingIsRecognised() {
		AddressRecognition none = this.recognitions.of("4401", "请问社保卡怎么补办");
		assertThat(none.place()).isEqualTo(AddressRecognition.Place.NONE);
		assertThat(none.confidence()).isZero();
		assertThat(none.inJurisdiction()).isNull();
		assertThat(none.status()).isEqualTo(Status.UNKNOWN);
		assertThat(this.recognitions.of("4401", "  ")).isEqualTo(AddressRecognition.NONE);
	}

	@Test
	void readsADistrictStemAsTheDistrictThoughAStreetElsewhereBearsIt() {
		assertThat(this.recognitions.codes("4401", "白云那边的路灯坏了")).isEqualTo(new ResolvedAddress("440111", null, null));
		assertThat(this.recognitions.codes("62", "嘉峪关市有人乱倒建筑垃圾")).isEqualTo(new ResolvedAddress("620201", null, null));
	}

	@Test
	void takesAStemThatAlsoNamesItsOwnCommunityForTheCoarserDivision() {
		assertThat(this.recognitions.codes("4401", "天河冼村那一带拆迁工地扬尘严重"))
			.isEqualTo(new ResolvedAddress("440106", "440106014", null));
		assertThat(this.recognitions.codes("3205", "张家港的出租车经常拒载")).isEqualTo(new ResolvedAddress("320582", null, null));
		assertThat(this.recognitions.codes("62", "红古区平安镇平安停车难"))
			.isEqualTo(new ResolvedAddress("620111", "620111103", "620111103200"));
	}

	@Test
	void readsAShortVillageNameInContextThoughALongerNameElsewhereContainsIt() {
		assertThat(this.recognitions.codes("62", "民勤县东坝镇西沟门口的工地夜间施工"))
			.isEqualTo(new ResolvedAddress("620621", "620621101", "620621101204"));
		assertThat(this.recognitions.codes("62", "秦州区关子镇石咀一带的路灯坏了"))
			.isEqualTo(new ResolvedAddress("620502", "620502106", "620502106003"));
	}

	@Test
	void takesABareStemForTheStreetItNamesRatherThanForAVillageNearby() {
		AddressRecognition wangjing = this.recognitions.of("11", "朝阳区望京SOHO楼下噪音");
		assertThat(wangjing.place().codes()).isEqualTo(new ResolvedAddress("110105", "110105026", null));
		assertThat(wangjing.status()).isEqualTo(Status.RECOGNISED);
	}

	@Test
	void readsNoVillageIntoARoadNamedAfterIt() {
		assertThat(this.recognitions.codes("4401", "广州市天河区天河路385号附近"))
			.isEqualTo(new ResolvedAddress("440106", null, null));
	}

	@Test
	void neverTakesAWordForADistrictOutsideTheJurisdiction() {
		for (String text : new String[] { "物业把每层楼的消防通道门都锁住了", "希望合理配置教育资源", "长沙市南站检票口请安置座椅", "沙湾路桥下积水",
				"中海国际社区一期旁边工地" }) {
			assertThat(this.recognitions.of("4301", text).inJurisdiction()).as(text).isNotEqualTo(false);
		}
		assertThat(this.recognitions.codes("4401", "都江堰那边景区停车乱收费"))
			.isEqualTo(new ResolvedAddress("510181", null, null));
	}

	@Test
	void servesADistrictAsJurisdictionToo() {
		AddressRecognition inside = this.recognitions.of("440106", "石牌街华标社区旁边");
		assertThat(inside.inJurisdiction()).isTrue();
		assertThat(inside.place().community().code()).isEqualTo("440106006009");
		AddressRecognition outside = this.recognitions.of("440106", "番禺区市桥街道");
		assertThat(outside.inJurisdiction()).isFalse();
		assertThat(outside.place().street().code()).isEqualTo("440113007");
		assertThat(this.recognitions.of("440106", "广州市").inJurisdiction()).as("around it").isTrue();
	}

}
