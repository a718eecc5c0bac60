package io.hotline.province.city;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeMessages;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A city's 事项分类 as its province gets it, with a hash that tells a changed one. */
@Component
@Conditional(CityOfAProvince.class)
class CatalogSource {

	private final JdbcClient jdbc;

	private volatile Cached cached;

	CatalogSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	NodeMessages.Catalog catalog() {
		List<NodeMessages.Category> categories = this.jdbc
			.sql("select code, name, level, parent_code, path_name, active from node_category_source order by code")
			.query((rs, n) -> new NodeMessages.Category(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6)))
			.list();
		return new NodeMessages.Catalog(hash(categories), categories);
	}

	/**
	 * The catalog as read at most a minute ago: the sender compares its hash with the
	 * province's at every call.
	 */
	NodeMessages.Catalog cached(java.time.Instant now) {
		Cached held = this.cached;
		if (held == null || now.isAfter(held.read().plusSeconds(60))) {
			held = new Cached(catalog(), now);
			this.cached = held;
		}
		return held.catalog();
	}

	/** Reads the catalog again at the next call. */
	void forget() {
		this.cached = null;
	}

	private record Cached(NodeMessages.Catalog catalog, java.time.Instant read) {

	}

	static String hash(List<NodeMessages.Category> categories) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (NodeMessages.Category category : categories) {
				digest.update((category.code() + "\t" + category.name() + "\t" + category.level() + "\t"
						+ category.parentCode() + "\t" + category.pathName() + "\t" + category.active() + "\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
