package io.hotline.open311;

import java.util.List;
import java.util.Optional;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Problem;
import io.hotline.workorder.Channel;
import io.hotline.workorder.OrderType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
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
		ApiKeys keys = new ApiKeys(properties(List.of("alpha", " beta ", ""), null), hotline(true), NO_CLIENTS);
		assertThatNoException().isThrownBy(() -> keys.require("beta"));
		assertThatThrownBy(() -> keys.require(ApiKeys.DEMO_KEY)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> keys.require("")).isInstanceOf(Problem.class);
	}

	@Test
	void theDemoKeyServesOnlyWithDemoData() {
		assertThatNoException()
			.isThrownBy(() -> new ApiKeys(properties(null, null), hotline(true), NO_CLIENTS).require(ApiKeys.DEMO_KEY));
		assertThat(new ApiKeys(properties(null, null), hotline(true), NO_CLIENTS).reads(ApiKeys.DEMO_KEY)).isTrue();
		assertThatThrownBy(
				() -> new ApiKeys(properties(null, null), hotline(false), NO_CLIENTS).require(ApiKeys.DEMO_KEY))
			.isInstanceOf(Problem.class);
		assertThatThrownBy(
				() -> new ApiKeys(properties(null, null), hotline(false), NO_CLIENTS).reads(ApiKeys.DEMO_KEY))
			.isInstanceOf(Problem.class);
	}

	@Test
	void aKeyThatCreatesDoesNotReadUnlessConfiguredToAndNoKeyReadsWhatIsPublic() {
		ApiKeys keys = new ApiKeys(properties(List.of("writer"), List.of("reader")), hotline(false), NO_CLIENTS);
		assertThat(keys.reads("reader")).isTrue();
		assertThat(keys.reads("writer")).isFalse();
		assertThat(keys.reads(null)).isFalse();
		assertThat(keys.reads(" ")).isFalse();
		assertThatThrownBy(() -> keys.reads("guessed")).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> keys.require("reader")).isInstanceOf(Problem.class);
	}

	@Test
	void reportsAreNeverPublicAndOtherSettingsHaveDefaults() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Open311Properties(null, null, List.of("COMPLAINT", "report"), null, null))
			.withMessageContaining("REPORT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Open311Properties(null, null, null, List.of("PIGEON"), null))
			.withMessageContaining("PIGEON");
		Open311Properties defaults = properties(null, null);
		assertThat(defaults.types()).containsExactlyInAnyOrder(OrderType.COMPLAINT, OrderType.HELP,
				OrderType.SUGGESTION, OrderType.CONSULTATION);
		assertThat(defaults.channels()).contains(Channel.values());
		assertThat(defaults.categories()).isEqualTo(Open311Properties.DEFAULT_CATEGORIES);
		Open311Properties none = new Open311Properties(null, null, List.of("none"), List.of("OPEN311", "app"),
				List.of("none"));
		assertThat(none.types()).isEmpty();
		assertThat(none.channels()).containsExactlyInAnyOrder(Channel.OPEN311, Channel.APP);
		assertThat(none.categories()).isEmpty();
	}

	private static Open311Properties properties(List<String> apiKeys, List<String> readKeys) {
		return new Open311Properties(apiKeys, readKeys, null, null, null);
	}

	private static HotlineProperties hotline(boolean demo) {
		return new HotlineProperties(null, null, null, null, new HotlineProperties.Demo(demo, "demo"));
	}

}
