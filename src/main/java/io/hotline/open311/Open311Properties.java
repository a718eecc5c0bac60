package io.hotline.open311;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.hotline.workorder.Channel;
import io.hotline.workorder.OrderType;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the Open311 interface. Lists are comma-separated; an empty one keeps
 * the default, {@code none} empties it.
 *
 * @param apiKeys the keys accepted by {@code POST requests}
 * ({@code HOTLINE_OPEN311_API_KEYS})
 * @param readKeys the keys that read every request in full
 * ({@code HOTLINE_OPEN311_READ_KEYS})
 * @param publicTypes the order types anyone may read
 * ({@code HOTLINE_OPEN311_PUBLIC_TYPES}): complaints, requests for help, suggestions and
 * consultations by default; never reports (举报)
 * @param publicChannels the channels whose orders anyone may read
 * ({@code HOTLINE_OPEN311_PUBLIC_CHANNELS}): all by default
 * @param publicCategories the categories (a path of names such as {@code 城乡建设/城市建设和市政管理},
 * or a code) whose orders, with those of the categories below, anyone may read
 * ({@code HOTLINE_OPEN311_PUBLIC_CATEGORIES}): the city's facilities and services,
 * pollution, and roads by default
 */
@ConfigurationProperties("hotline.open311")
record Open311Properties(List<String> apiKeys, List<String> readKeys, List<String> publicTypes,
		List<String> publicChannels, List<String> publicCategories) {

	static final Set<OrderType> DEFAULT_TYPES = Set.of(OrderType.COMPLAINT, OrderType.HELP, OrderType.SUGGESTION,
			OrderType.CONSULTATION);

	static final List<String> DEFAULT_CATEGORIES = List.of("城乡建设/城市建设和市政管理", "环境保护/环境污染", "交通运输/建设管理");

	private static final String NONE = "none";

	Open311Properties {
		apiKeys = list(apiKeys);
		readKeys = list(readKeys);
		publicTypes = list(publicTypes);
		publicChannels = list(publicChannels);
		publicCategories = list(publicCategories);
		channels(publicChannels);
		if (types(publicTypes).contains(OrderType.REPORT)) {
			throw new IllegalArgumentException("hotline.open311.public-types: reports (举报, REPORT) are never public");
		}
	}

	/** The order types anyone may read. */
	Set<OrderType> types() {
		return types(this.publicTypes);
	}

	/** The channels whose orders anyone may read. */
	Set<Channel> channels() {
		return channels(this.publicChannels);
	}

	/** The categories (paths or codes) whose orders anyone may read. */
	List<String> categories() {
		return this.publicCategories.isEmpty() ? DEFAULT_CATEGORIES
				: this.publicCategories.stream().filter((entry) -> !NONE.equalsIgnoreCase(entry)).toList();
	}

	private static Set<OrderType> types(List<String> names) {
		return names.isEmpty() ? DEFAULT_TYPES : values(names, OrderType.class, "public-types");
	}

	private static Set<Channel> channels(List<String> names) {
		return names.isEmpty() ? EnumSet.allOf(Channel.class) : values(names, Channel.class, "public-channels");
	}

	private static <E extends Enum<E>> Set<E> values(List<String> names, Class<E> type, String setting) {
		Set<E> values = EnumSet.noneOf(type);
		for (String name : names) {
			if (NONE.equalsIgnoreCase(name)) {
				continue;
			}
			try {
				values.add(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("hotline.open311." + setting + ": '" + name + "' is none of "
						+ Arrays.toString(type.getEnumConstants()));
			}
		}
		return values;
	}

	private static List<String> list(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter((value) -> value != null && !value.isBlank()).map(String::strip).toList();
	}

}
