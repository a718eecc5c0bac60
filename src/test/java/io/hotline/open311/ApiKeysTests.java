package io.hotline.open311;

import java.util.List;
import java.util.Optional;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTests {

	/** No client holds any key. */
	private static final Open311Clients NO_CLIENTS = new Open311Clients(null, null) {

		@Override
		Optional<Client> holder(String keyHash) {
			return Optional.empty();
		}

	};

	@Test
	void configuredKeysReplaceTheDemoKey() {
		ApiKeys keys = new ApiKeys(new Open311Properties(List.of("alpha", " beta ", "")), hotline(true), NO_CLIENTS);
		assertThatNoException().isThrownBy(() -> keys.require("beta"));
		assertThatThrownBy(() -> keys.require(ApiKeys.DEMO_KEY)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> keys.require("")).isInstanceOf(Problem.class);
	}

	@Test
	void theDemoKeyServesOnlyWithDemoData() {
		assertThatNoException().isThrownBy(
				() -> new ApiKeys(new Open311Properties(null), hotline(true), NO_CLIENTS).require(ApiKeys.DEMO_KEY));
		assertThatThrownBy(
				() -> new ApiKeys(new Open311Properties(null), hotline(false), NO_CLIENTS).require(ApiKeys.DEMO_KEY))
			.isInstanceOf(Problem.class);
	}

	private static HotlineProperties hotline(boolean demo) {
		return new HotlineProperties(null, null, null, null, new HotlineProperties.Demo(demo, "demo"));
	}

}
