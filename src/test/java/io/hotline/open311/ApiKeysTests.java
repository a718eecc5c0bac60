package io.hotline.open311;

import java.util.List;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTests {

	@Test
	void configuredKeysReplaceTheDemoKey() {
		ApiKeys keys = new ApiKeys(new Open311Properties(List.of("alpha", " beta ", "")), hotline(true));
		assertThatNoException().isThrownBy(() -> keys.require("beta"));
		assertThatThrownBy(() -> keys.require(ApiKeys.DEMO_KEY)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> keys.require("")).isInstanceOf(Problem.class);
	}

	@Test
	void theDemoKeyServesOnlyWithDemoData() {
		assertThatNoException()
			.isThrownBy(() -> new ApiKeys(new Open311Properties(null), hotline(true)).require(ApiKeys.DEMO_KEY));
		assertThatThrownBy(() -> new ApiKeys(new Open311Properties(null), hotline(false)).require(ApiKeys.DEMO_KEY))
			.isInstanceOf(Problem.class);
	}

	private static HotlineProperties hotline(boolean demo) {
		return new HotlineProperties(null, null, null, null, new HotlineProperties.Demo(demo, "demo"));
	}

}
