package io.hotline.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's settings, bound from the environment variables of the contract (see
 * {@code application.yml}).
 *
 * @param dataDir where the embedded PostgreSQL cluster lives (models and photos are in
 * the database)
 * @param db an external PostgreSQL; unset url means the embedded one
 * @param jurisdiction division code of the served area
 * @param adminPassword password of {@code admin} on first start
 * @param demo demo data seeding
 */
@ConfigurationProperties("hotline")
public record HotlineProperties(Path dataDir, Db db, String jurisdiction, String adminPassword, Demo demo) {

	public HotlineProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		db = db == null ? new Db(null, null, null, 0) : db;
		jurisdiction = (jurisdiction == null || jurisdiction.isBlank()) ? "4401" : jurisdiction.trim();
		demo = demo == null ? new Demo(true, "demo") : demo;
	}

	public boolean hasAdminPassword() {
		return this.adminPassword != null && !this.adminPassword.isBlank();
	}

	public record Db(String url, String user, String password, int poolSize) {

		public boolean external() {
			return this.url != null && !this.url.isBlank();
		}

	}

	public record Demo(boolean enabled, String password) {

	}

}
