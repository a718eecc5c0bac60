package io.hotline.knowledge.articles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the owners of an article (its author and its last editor) that it expires soon:
 * every morning, one reminder per article, expiry date and owner, each audited. An owner
 * sees their reminders in the knowledge base until the article expires or its expiry
 * moves.
 */
@Component
class ExpiryReminders {

	private final KnowledgeArticles articles;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	ExpiryReminders(KnowledgeArticles articles, JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.articles = articles;
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	@Scheduled(cron = "${hotline.knowledge.remind-cron:0 0 7 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "knowledge-expiry-reminders", lockAtLeastFor = "PT1M")
	void remindToday() {
		remind(today());
	}

	/**
	 * Reminds the owners not reminded yet of the articles expiring soon after the day.
	 */
	int remind(LocalDate day) {
		int made = 0;
		Timestamp now = Timestamp.from(this.clock.instant());
		for (KnowledgeArticle article : this.articles.expiring(day)) {
			for (String owner : owners(article)) {
				int stored = this.jdbc.sql("""
						insert into knowledge_reminder (article_id, expires_at, owner, reminded_at) values (?, ?, ?, ?)
						on conflict do nothing""")
					.params(article.id(), article.content().expiresAt(), owner, now)
					.update();
				if (stored == 1) {
					made++;
					this.audit.record(Actor.system().username(), "KNOWLEDGE_REMIND", "article " + article.id(), "OK",
							owner + ": expires " + article.content().expiresAt());
				}
			}
		}
		return made;
	}

	/**
	 * The actor's articles expiring soon (every one for supervisors and administrators),
	 * soonest first, with when their owner was reminded.
	 */
	List<Reminder> of(Actor actor) {
		LocalDate today = today();
		boolean all = actor.has(Role.ADMIN) || actor.has(Role.SUPERVISOR);
		List<Reminder> reminders = new ArrayList<>();
		// the reminders made so far, read once: (article, expiry) → the first
		java.util.Map<String, Instant> sent = new java.util.HashMap<>();
		this.jdbc
			.sql("select article_id, expires_at, min(reminded_at) from knowledge_reminder"
					+ " where expires_at >= ? group by article_id, expires_at")
			.param(today)
			.query((rs) -> {
				sent.put(rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class), rs.getTimestamp(3).toInstant());
			});
		for (KnowledgeArticle article : this.articles.expiring(today)) {
			if (!all && !owners(article).contains(actor.username())) {
				continue;
			}
			LocalDate expires = article.content().expiresAt();
			Instant reminded = sent.get(article.id() + "/" + expires);
			reminders.add(new Reminder(article.id(), article.content().title(), article.content().department(), expires,
					ChronoUnit.DAYS.between(today, expires), owners(article), reminded));
		}
		reminders.sort(java.util.Comparator.comparing(Reminder::expiresAt).thenComparingLong(Reminder::articleId));
		return reminders;
	}

	private static Set<String> owners(KnowledgeArticle article) {
		Set<String> owners = new LinkedHashSet<>();
		owners.add(article.createdBy());
		owners.add(article.updatedBy());
		return owners;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	record Reminder(long articleId, String title, String department, LocalDate expiresAt, long daysLeft,
			Set<String> owners, Instant remindedAt) {

	}

}
