package io.hotline.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTests {

	@Test
	void scrubsNumbersAddressesAndPlatesThatNameAPerson() {
		assertThat(PersonalData.scrub("""
				市民来电，联系电话13812345678，另一号码 +86 139 1234 5678，座机020-83123456，
				身份证44010619900101123X，银行卡6222021234567890123，邮箱 wang.xm@example.cn，车牌粤A12345，住3栋502室。"""))
			.doesNotContain("13812345678", "139 1234 5678", "83123456", "44010619900101123X", "6222021234567890123",
					"wang.xm@example.cn", "粤A12345", "502")
			.contains("联系电话***", "座机***", "身份证***", "住3栋***室");
	}

	@Test
	void scrubsTheNamesItIsGivenButNotOneCharacter() {
		assertThat(PersonalData.scrub("王小明反映：王小明家门口路灯不亮", "王小明", "王", null)).isEqualTo("***反映：***家门口路灯不亮");
	}

	@Test
	void keepsDatesTimesPricesStreetNumbersAndIdentifiers() {
		String text = "2026-11-20 22:30 起天河路100号路灯不亮，已有3天；维修费约1500元。编号 3f1c2a9e-1234-4b6d-9c1e-123456789012";
		assertThat(PersonalData.scrub(text)).isEqualTo(text);
		assertThat(PersonalData.scrub(null)).isNull();
	}

}
