package io.hotline.callback.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.hotline.portal.Portal;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the plans that are due, once each, in the cluster: one instance at a time runs
 * the job (ShedLock), each plan is locked while it is sent
 * ({@code for update skip locked}) and marked sent in the same transaction as its
 * channel's message. A robot plan starts the call; an SMS or WeChat plan sends the link
 * to the portal's rating page; a link not rated within the administrator's hours turns
 * into a robot call. Only within callback hours; a reply held for review (答复质量) waits.
 */
@Component
class PlanSending {

	private static final Logger log = LoggerFactory.getLogger(PlanSending.class);

	static final int BATCH = 500;

	private final PlanStore store;

	private final PlanRuleStore rules;

	private final PlanTiming timing;

	private final RobotCalls robot;

	private final CallbackChannel channel;

	private final Portal portal;

	private final OrderFlags flags;

	private final WorkOrders orders;

	private final TransactionTemplate transaction;

	PlanSending(PlanStore store, PlanRuleStore rules, PlanTiming timing, RobotCalls robot, CallbackChannel channel,
			Portal portal, OrderFlags flags, WorkOrders orders, PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.store = store;
		this.rules = rules;
		this.timing = timing;
		this.robot = robot;
		this.channel = channel;
		this.portal = portal;
		this.flags = flags;
		this.orders = orders;
	}

	@Scheduled(fixedDelayString = "${hotline.callback-plans.send-ms:60000}",
			initialDelayString = "${hotline.callback-plans.send-ms:60000}")
	@SchedulerLock(name = "callback-plans-send", lockAtLeastFor = "PT5S")
	void sendScheduled() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("callback plans: {} sent", sent);
		}
	}

	/** Sends what is due now, in one transaction; answers how many plans were sent. */
	int sendDue() {
		Integer sent = this.transaction.execute((status) -> sendDueNow());
		return (sent == null) ? 0 : sent;
	}

	private int sendDueNow() {
		Instant now = this.orders.now();
		if (!this.timing.callableAt(now)) {
			return 0;
		}
		PlanRules rules = this.rules.current();
		for (Plan unrated : this.store.lockUnrated(now.minus(Duration.ofHours(rules.smsWaitHours())), BATCH)) {
			this.store.update(unrated.replanned(PlanChannel.ROBOT, now));
			this.store.step(unrated.id(), now, "SYSTEM", null, "链接 " + rules.smsWaitHours() + " 小时内未评价，改为机器人外呼");
		}
		List<Plan> due = this.store.lockDue(now, BATCH);
		int sent = 0;
		for (Plan plan : due) {
			if (this.flags.anyOpen(new WorkOrderId(plan.orderId()), FlagKind.REPLY_QUALITY)) {
				continue;
			}
			send(plan, now);
			sent++;
		}
		return sent;
	}

	private void send(Plan plan, Instant now) {
		switch (plan.channel()) {
			case ROBOT -> this.robot.start(plan, now);
			case SMS, WECHAT -> {
				String link = this.portal.ratingLink(new WorkOrderId(plan.orderId()));
				String text = "【12345热线】您反映的诉求（" + plan.orderNumber() + "）已办理，请您评价：";
				this.channel.message(plan.id(), plan.channel().name(), plan.callerPhone(), text, link);
				this.store.update(plan.sent(PlanStatus.SENT, now, null, null));
				this.store.step(plan.id(), now, "SYSTEM", null, plan.channel().name() + " 已发送评价链接");
			}
			case PERSON -> this.store.update(plan.ended(PlanStatus.HANDED_OVER, now, "规则：人工回访"));
		}
	}

}
