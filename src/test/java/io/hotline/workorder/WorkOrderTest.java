package io.hotline.workorder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import io.hotline.org.UnitId;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkOrderTest {

	static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	static final UnitId MAIN = new UnitId(7);

	static final UnitId CO = new UnitId(8);

	static final Deadlines DEADLINES = new Deadlines(T0.plus(Duration.ofHours(4)), T0.plus(Duration.ofDays(10)));

	static WorkOrder registered() {
		WorkOrder order = WorkOrder.register(new Registration(null, Channel.PHONE, OrderType.COMPLAINT, Urgency.NORMAL,
				null, "楼下餐馆油烟扰民", "天河区石牌街道", Location.UNKNOWN, null, Caller.ANONYMOUS, "agent1", T0), "agent1");
		order.assigned(new WorkOrderId(1), "202603020000001");
		return order;
	}

	static WorkOrder dispatched() {
		WorkOrder order = registered();
		order.dispatch("dispatcher1", MAIN, List.of(CO), DEADLINES, null, T0);
		return order;
	}

	static WorkOrder handling() {
		WorkOrder order = dispatched();
		order.sign("unit1", T0);
		return order;
	}

	static WorkOrder replied(boolean resolved) {
		WorkOrder order = handling();
		order.reply("unit1", "已责令整改", resolved, T0);
		return order;
	}

	@Test
	void registersWithATimelineThatStartsWithTheRegistration() {
		WorkOrder order = registered();
		assertThat(order.status()).isEqualTo(Status.REGISTERED);
		assertThat(order.timeline()).extracting(TimelineEvent::type).containsExactly(EventType.REGISTERED);
		assertThat(order.timeline().get(0).actor()).isEqualTo("agent1");
	}

	@Test
	void finishesAConsultationDirectlyWithTheAnswer() {
		WorkOrder order = registered();
		order.finish("agent1", "社保卡可在街道服务中心补办", T0);
		assertThat(order.status()).isEqualTo(Status.CLOSED);
		assertThat(order.timeline().get(1).note()).isEqualTo("社保卡可在街道服务中心补办");
	}

	@Test
	void refusesToFinishWithoutAnAnswer() {
		WorkOrder order = registered();
		assertRefused(order, (o) -> o.finish("agent1", " ", T0), Problem.Kind.INVALID);
	}

	@Test
	void dispatchesToAMainUnitAndCoUnitsWithDeadlines() {
		WorkOrder order = dispatched();
		assertThat(order.status()).isEqualTo(Status.DISPATCHED);
		assertThat(order.mainUnitId()).isEqualTo(MAIN);
		assertThat(order.coUnitIds()).containsExactly(CO);
		assertThat(order.deadline()).isEqualTo(DEADLINES.handleBy());
		assertThat(order.signDeadline()).isEqualTo(DEADLINES.signBy());
	}

	@Test
	void signsADispatchedOrder() {
		assertThat(handling().status()).isEqualTo(Status.HANDLING);
	}

	@Test
	void returnsAnOrderToDispatchWithTheReason() {
		WorkOrder order = handling();
		order.returnToDispatch("unit1", "不属于本单位职责", T0);
		assertThat(order.status()).isEqualTo(Status.RETURNED);
		assertThat(order.mainUnitId()).isNull();
		assertThat(order.snapshot().counts().returns()).isEqualTo(1);
		assertThat(order.timeline()).last()
			.extracting(TimelineEvent::note, TimelineEvent::unitId)
			.containsExactly("不属于本单位职责", MAIN);
	}

	@Test
	void refusesAReturnWithoutAReason() {
		assertRefused(handling(), (o) -> o.returnToDispatch("unit1", null, T0), Problem.Kind.INVALID);
	}

	@Test
	void redispatchesAReturnedOrderKeepingTheWholeHistory() {
		WorkOrder order = dispatched();
		order.returnToDispatch("unit1", "非本单位职责", T0);
		order.dispatch("dispatcher1", CO, List.of(), DEADLINES, "改派", T0);
		assertThat(order.mainUnitId()).isEqualTo(CO);
		assertThat(order.timeline()).extracting(TimelineEvent::type)
			.containsExactly(EventType.REGISTERED, EventType.DISPATCHED, EventType.RETURNED, EventType.REDISPATCHED);
	}

	@Test
	void requestsAnExtensionThatASupervisorApproves() {
		WorkOrder order = handling();
		order.requestExtension("unit1", 5, "需协调多部门", T0);
		assertThat(order.pendingExtensionDays()).isEqualTo(5);
		Instant later = DEADLINES.handleBy().plus(Duration.ofDays(7));
		order.decideExtension("supervisor1", true, later, null, T0);
		assertThat(order.deadline()).isEqualTo(later);
		assertThat(order.pendingExtensionDays()).isNull();
	}

	@Test
	void keepsTheDeadlineWhenAnExtensionIsRejected() {
		WorkOrder order = handling();
		order.requestExtension("unit1", 5, "需协调", T0);
		order.decideExtension("supervisor1", false, T0.plus(Duration.ofDays(30)), "理由不足", T0);
		assertThat(order.deadline()).isEqualTo(DEADLINES.handleBy());
		assertThat(order.timeline()).last().extracting(TimelineEvent::type).isEqualTo(EventType.EXTENSION_REJECTED);
	}

	@Test
	void refusesASecondExtensionWhileOneIsWaiting() {
		WorkOrder order = handling();
		order.requestExtension("unit1", 5, "需协调", T0);
		assertRefused(order, (o) -> o.requestExtension("unit1", 3, "再延", T0), Problem.Kind.CONFLICT);
	}

	@Test
	void refusesAnExtensionDecisionWhenNoneIsWaiting() {
		assertRefused(handling(), (o) -> o.decideExtension("supervisor1", true, T0, null, T0), Problem.Kind.CONFLICT);
	}

	@Test
	void refusesExtensionsOfNoDaysOrTooMany() {
		assertRefused(handling(), (o) -> o.requestExtension("unit1", 0, "x", T0), Problem.Kind.INVALID);
		assertRefused(handling(), (o) -> o.requestExtension("unit1", 61, "x", T0), Problem.Kind.INVALID);
	}

	@Test
	void letsACoUnitAddItsOpinionWithoutChangingTheState() {
		WorkOrder order = handling();
		order.assist("unit2", CO, "已配合现场检查", T0);
		assertThat(order.status()).isEqualTo(Status.HANDLING);
		assertThat(order.timeline()).last().extracting(TimelineEvent::unitId).isEqualTo(CO);
	}

	@Test
	void repliesAndClosesOnASatisfiedCallback() {
		WorkOrder order = replied(true);
		assertThat(order.status()).isEqualTo(Status.REPLIED);
		order.callBack("callback1", Satisfaction.SATISFIED, true, null, T0);
		assertThat(order.status()).isEqualTo(Status.CLOSED);
		assertThat(order.snapshot().closedAt()).isEqualTo(T0);
	}

	@Test
	void reopensWhenTheCallerIsDissatisfied() {
		WorkOrder order = replied(true);
		order.callBack("callback1", Satisfaction.DISSATISFIED, true, "问题仍在", T0);
		assertThat(order.status()).isEqualTo(Status.REOPENED);
		assertThat(order.snapshot().counts().reopenings()).isEqualTo(1);
	}

	@Test
	void reopensWhenTheMatterIsUnresolvedEvenIfTheCallerIsSatisfied() {
		WorkOrder order = replied(false);
		order.callBack("callback1", Satisfaction.BASICALLY_SATISFIED, false, null, T0);
		assertThat(order.status()).isEqualTo(Status.REOPENED);
		order.dispatch("dispatcher1", MAIN, List.of(), DEADLINES, "重办", T0);
		assertThat(order.timeline()).last().extracting(TimelineEvent::type).isEqualTo(EventType.REDISPATCHED);
	}

	@Test
	void recordsTheCitizensRatingOfTheAnswerWithoutChangingTheState() {
		WorkOrder order = replied(true);
		order.rateByCitizen("portal", Satisfaction.BASICALLY_SATISFIED, "  处理及时 ", T0);
		assertThat(order.status()).isEqualTo(Status.REPLIED);
		assertThat(order.timeline()).last()
			.usingRecursiveComparison()
			.ignoringFields("fact")
			.isEqualTo(new TimelineEvent(EventType.CITIZEN_RATED, T0, "portal", Status.REPLIED, MAIN, "基本满意：处理及时"));
		assertThat(order.timeline().get(order.timeline().size() - 1).note(java.util.Locale.ENGLISH))
			.isEqualTo("basically satisfied: 处理及时");
		WorkOrder closed = replied(true);
		closed.callBack("callback1", Satisfaction.SATISFIED, true, null, T0);
		closed.rateByCitizen("portal", Satisfaction.DISSATISFIED, null, T0);
		assertThat(closed.timeline()).last().extracting(TimelineEvent::note).isEqualTo("不满意");
		assertRefused(handling(), (o) -> o.rateByCitizen("portal", Satisfaction.SATISFIED, null, T0),
				Problem.Kind.CONFLICT);
		assertRefused(replied(true), (o) -> o.rateByCitizen("portal", null, null, T0), Problem.Kind.INVALID);
	}

	@Test
	void supervisesAnyOpenOrderButNotAClosedOne() {
		WorkOrder order = dispatched();
		order.supervise("supervisor1", "请加快办理", T0);
		assertThat(order.supervised()).isTrue();
		assertThat(order.status()).isEqualTo(Status.DISPATCHED);
		WorkOrder closed = registered();
		closed.finish("agent1", "已答复", T0);
		assertRefused(closed, (o) -> o.supervise("supervisor1", "督办", T0), Problem.Kind.CONFLICT);
	}

	@Test
	void refusesEveryMoveItsStateDoesNotAllow() {
		assertRefused(registered(), (o) -> o.sign("unit1", T0), Problem.Kind.CONFLICT);
		assertRefused(registered(), (o) -> o.reply("unit1", "x", true, T0), Problem.Kind.CONFLICT);
		assertRefused(registered(), (o) -> o.returnToDispatch("unit1", "x", T0), Problem.Kind.CONFLICT);
		assertRefused(registered(), (o) -> o.callBack("cb", Satisfaction.SATISFIED, true, null, T0),
				Problem.Kind.CONFLICT);
		assertRefused(dispatched(), (o) -> o.dispatch("d", MAIN, List.of(), DEADLINES, null, T0),
				Problem.Kind.CONFLICT);
		assertRefused(dispatched(), (o) -> o.reply("unit1", "x", true, T0), Problem.Kind.CONFLICT);
		assertRefused(dispatched(), (o) -> o.requestExtension("unit1", 2, "x", T0), Problem.Kind.CONFLICT);
		assertRefused(dispatched(), (o) -> o.finish("agent1", "x", T0), Problem.Kind.CONFLICT);
		assertRefused(handling(), (o) -> o.sign("unit1", T0), Problem.Kind.CONFLICT);
		assertRefused(handling(), (o) -> o.callBack("cb", Satisfaction.SATISFIED, true, null, T0),
				Problem.Kind.CONFLICT);
		assertRefused(replied(true), (o) -> o.returnToDispatch("unit1", "x", T0), Problem.Kind.CONFLICT);
		assertRefused(replied(true), (o) -> o.reply("unit1", "x", true, T0), Problem.Kind.CONFLICT);
		assertRefused(replied(true), (o) -> o.assist("unit2", CO, "x", T0), Problem.Kind.CONFLICT);
	}

	@Test
	void changesNothingWhenAMoveIsRefused() {
		WorkOrder order = handling();
		State before = order.snapshot();
		int events = order.timeline().size();
		assertRefused(order, (o) -> o.reply("unit1", "", true, T0), Problem.Kind.INVALID);
		assertThat(order.snapshot()).isEqualTo(before);
		assertThat(order.timeline()).hasSize(events);
	}

	@Test
	void refusesATimelineTextOverItsLimitAndChangesNothing() {
		String note = "长".repeat(InputText.NOTE + 1);
		String reply = "长".repeat(InputText.LONG + 1);
		List<Consumer<WorkOrder>> moves = List.of((o) -> o.reply("unit1", reply, true, T0),
				(o) -> o.returnToDispatch("unit1", note, T0), (o) -> o.requestExtension("unit1", 3, note, T0),
				(o) -> o.supervise("supervisor1", note, T0), (o) -> o.assist("unit2", CO, reply, T0));
		for (Consumer<WorkOrder> move : moves) {
			WorkOrder order = handling();
			State before = order.snapshot();
			int events = order.timeline().size();
			assertThatThrownBy(() -> move.accept(order)).isInstanceOfSatisfying(Problem.class,
					(problem) -> assertThat(problem.getMessage()).contains("longer than"));
			assertThat(order.snapshot()).isEqualTo(before);
			assertThat(order.timeline()).hasSize(events);
		}
		assertRefused(registered(), (o) -> o.finish("agent1", reply, T0), Problem.Kind.INVALID);
		assertRefused(registered(), (o) -> o.dispatch("dispatcher1", MAIN, List.of(), DEADLINES, note, T0),
				Problem.Kind.INVALID);
		assertRefused(replied(true), (o) -> o.callBack("callback1", Satisfaction.SATISFIED, true, note, T0),
				Problem.Kind.INVALID);
		assertRefused(replied(true), (o) -> o.sendBackReply("supervisor1", note, T0), Problem.Kind.INVALID);
		assertRefused(replied(true), (o) -> o.rateByCitizen("portal", Satisfaction.SATISFIED, note, T0),
				Problem.Kind.INVALID);
		WorkOrder limit = handling();
		limit.reply("unit1", "长".repeat(InputText.LONG), true, T0);
		assertThat(limit.status()).isEqualTo(Status.REPLIED);
	}

	private static void assertRefused(WorkOrder order, Consumer<WorkOrder> move, Problem.Kind kind) {
		assertThatThrownBy(() -> move.accept(order)).isInstanceOfSatisfying(Problem.class,
				(problem) -> assertThat(problem.kind()).isEqualTo(kind));
	}

}
