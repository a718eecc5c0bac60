package io.hotline.address;

import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses of 广州市 (the test jurisdiction) placed by the official division names. */
@HotlineTest
class AddressResolverTests {

	@Autowired
	AddressResolver resolver;

	@Test
	void placesADistrictAndStreetNamedTogether() {
		assertThat(this.resolver.resolve("天河区石牌街道华景社区")).isEqualTo(new ResolvedAddress("440106", "440106006", null));
	}

	@Test
	void placesACommunityNamedTheWayPeopleWriteIt() {
		assertThat(this.resolver.resolve("番禺区华景社区10栋")).extracting(ResolvedAddress::communityCode)
			.isEqualTo("440113010002");
		assertThat(this.resolver.resolve("华景西社区门口的路灯坏了"))
			.isEqualTo(new ResolvedAddress("440106", "440106011", "440106011032"));
	}

	@Test
	void leavesUnknownWhatTheTextDoesNotSay() {
		assertThat(this.resolver.resolve("我家门口的路灯坏了")).isEqualTo(ResolvedAddress.NONE);
		assertThat(this.resolver.resolve(null)).isEqualTo(ResolvedAddress.NONE);
	}

	@Test
	void keepsOnlyTheLevelsThatEveryPlausibleReadingShares() {
		assertThat(this.resolver.resolve("海珠区聚龙社区有人占道经营")).isEqualTo(new ResolvedAddress("440105", null, null));
	}

	@Test
	void givesNoLocationForAPlaceOutsideTheJurisdiction() {
		assertThat(this.resolver.resolve("兰州市城关区雁南街道")).isEqualTo(ResolvedAddress.NONE);
	}

}
