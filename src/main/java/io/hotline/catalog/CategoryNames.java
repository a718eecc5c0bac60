package io.hotline.catalog;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The path of names of every category (城乡建设/…/路灯) by its code, kept in memory so that a
 * list of orders names their categories without a query per row or a join: the catalog
 * has a few thousand categories at most. Read on first use, and again after each change
 * of the catalog (once the change is committed).
 */
@Component
class CategoryNames {

	private final JdbcClient jdbc;

	private volatile Map<String, String> names;

	CategoryNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The category's path of names, null for an unknown code. */
	String pathName(String code) {
		if (code == null) {
			return null;
		}
		Map<String, String> current = this.names;
		if (current == null) {
			current = load();
			this.names = current;
		}
		return current.get(code);
	}

	/** Forgets the names now and once the current transaction ends. */
	void forget() {
		this.names = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					CategoryNames.this.names = null;
				}
			});
		}
	}

	private Map<String, String> load() {
		Map<String, String> loaded = new HashMap<>();
		this.jdbc.sql("select code, path_name from category").query((rs) -> {
			loaded.put(rs.getString("code"), rs.getString("path_name"));
		});
		return Map.copyOf(loaded);
	}

}
