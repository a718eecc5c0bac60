package io.hotline.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.TimeLimits;
import io.hotline.catalog.WorkingCalendar;
import io.hotline.history.DemoWorld.Street;
import io.hotline.history.DemoWorld.Topic;
import io.hotline.org.Divisions;
import io.hotline.org.Organisation;
import io.hotline.org.UnitId;
import io.hotline.workorder.Caller;
import io.hotline.workorder.Channel;
import io.hotline.workorder.HistoricalOrder;
import io.hotline.workorder.Location;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Urgency;
import io.hotline.workorder.WorkOrder;

import org.springframework.stereotype.Component;

/**
 * Makes the demo's orders: who called through which channel about what and where, in the
 * proportions of a city hotline (mostly phone, complaints and requests for help, few
 * urgent ones), then lives each one through {@link DemoLife}.
 */
@Component
class DemoOrders {

	private static final Channel[] CHANNELS = { Channel.PHONE, Channel.WEB, Channel.WECHAT, Channel.APP,
			Channel.MAILBOX, Channel.EMAIL, Channel.OPEN311, Channel.OTHER };

	private static final int[] CHANNEL_SHARES = { 55, 12, 15, 8, 4, 2, 1, 3 };

	private static final OrderType[] TYPES = { OrderType.COMPLAINT, OrderType.HELP, OrderType.CONSULTATION,
			OrderType.REPORT, OrderType.SUGGESTION, OrderType.PRAISE };

	private static final int[] TYPE_SHARES = { 32, 25, 20, 10, 9, 4 };

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁";

	private final Organisation organisation;

	private final Divisions divisions;

	private final Catalog catalog;

	private final WorkingCalendar calendar;

	DemoOrders(Organisation organisation, Divisions divisions, Catalog catalog, WorkingCalendar calendar) {
		this.organisation = organisation;
		this.divisions = divisions;
		this.catalog = catalog;
		this.calendar = calendar;
	}

	/**
	 * The script of the jurisdiction's orders up to {@code now}; null when it has no
	 * streets or categories.
	 */
	Script script(String jurisdiction, Instant now) {
		DemoWorld world = new DemoWorld(this.organisation, this.divisions, this.catalog, jurisdiction);
		DemoTexts texts = DemoTexts.load();
		return world.empty() ? null : new Script(world, texts, new DemoLife(this.calendar, texts, now), now);
	}

	final class Script {

		private final DemoWorld world;

		private final DemoTexts texts;

		private final DemoLife life;

		private final Instant now;

		Script(DemoWorld world, DemoTexts texts, DemoLife life, Instant now) {
			this.world = world;
			this.texts = texts;
			this.life = life;
			this.now = now;
		}

		boolean workingDay(LocalDate day) {
			return DemoOrders.this.calendar.isWorkingDay(day);
		}

		/** The n-th order, registered on the day; null if its hour is still to come. */
		HistoricalOrder order(int n, LocalDate day, Random random) {
			Instant created = day.atTime(DemoVolume.hour(random), random.nextInt(60), random.nextInt(60))
				.atZone(WorkingCalendar.ZONE)
				.toInstant();
			Street street = this.world.street(random);
			Topic topic = this.world.topic(random);
			String address = this.world.address(random, street);
			String content = this.texts.request(random, topic.levelOne(), topic.category().name(), address);
			OrderType type = pick(random, TYPES, TYPE_SHARES);
			double u = random.nextDouble();
			Urgency urgency = (u < 0.02) ? Urgency.VERY_URGENT : (u < 0.10) ? Urgency.URGENT : Urgency.NORMAL;
			Caller caller = new Caller(
					SURNAMES.charAt(random.nextInt(SURNAMES.length())) + (random.nextBoolean() ? "先生" : "女士"),
					String.format("13%d%08d", random.nextInt(10), random.nextInt(100_000_000)));
			if (created.isAfter(this.now)) {
				return null;
			}
			Registration registration = new Registration(String.format("demo:%06d", n),
					pick(random, CHANNELS, CHANNEL_SHARES), type, urgency, DemoTexts.title(content), content, address,
					new Location(street.district().code(), street.division().code(), null), topic.category().code(),
					caller, "agent1", created);
			WorkOrder order = WorkOrder.replay(registration);
			UnitId first = this.world.unitFor(topic, street);
			UnitId second = first.equals(street.office()) ? this.world.unitFor(this.world.topic(random), street)
					: street.office();
			TimeLimits limits = (topic.category().limits() != null) ? topic.category().limits() : TimeLimits.STANDARD;
			this.life.play(order, limits, List.of(first, second), random);
			return HistoricalOrder.of(order);
		}

	}

	private static <T> T pick(Random random, T[] values, int[] shares) {
		int sum = 0;
		for (int share : shares) {
			sum += share;
		}
		int r = random.nextInt(sum);
		for (int i = 0; i < values.length; i++) {
			r -= shares[i];
			if (r < 0) {
				return values[i];
			}
		}
		return values[0];
	}

}
