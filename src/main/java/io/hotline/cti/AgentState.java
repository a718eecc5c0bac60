package io.hotline.cti;

import java.time.Instant;

/**
 * An agent's state as the phone system reported it: since when, why for a break, and the
 * seat they work from.
 */
public record AgentState(String agent, State state, String reason, Instant since, Seat seat) {

	/** The states of an agent at the phone. */
	public enum State {

		/** 签入: signed in, not yet ready. */
		SIGNED_IN,
		/** 示闲: ready for the next call. */
		READY,
		/** 通话中. */
		ON_CALL,
		/** 话后处理 (after-call work). */
		AFTER_CALL_WORK,
		/** 小休 (with a reason: 用餐, 培训, …). */
		BREAK,
		/** 签出. */
		SIGNED_OUT;

		/** Signed in and not on a break: time that counts for occupancy. */
		boolean staffed() {
			return this != BREAK && this != SIGNED_OUT;
		}

		/** On a call or its after-call work. */
		boolean busy() {
			return this == ON_CALL || this == AFTER_CALL_WORK;
		}

	}

	/**
	 * Where an agent works: the centre's own seats, a cloud seat (云坐席: at home, on the
	 * same queues) or a partner hotline's seat (溢出: an agent of {@code partner} answering
	 * this hotline's calls with its knowledge base).
	 */
	public record Seat(Kind kind, String partner) {

		/**
		 * The centre's own seats: every state reported without a seat before a cloud or
		 * partner sign-in.
		 */
		public static final Seat CENTRE = new Seat(Kind.CENTRE, null);

		/** The kinds of seat. */
		public enum Kind {

			/** 中心坐席. */
			CENTRE,
			/** 云坐席. */
			CLOUD,
			/** 协作热线坐席. */
			PARTNER

		}

		static Seat of(String kind, String partner) {
			return (kind == null) ? CENTRE : new Seat(Kind.valueOf(kind), partner);
		}

	}

	/**
	 * A state as posted to {@code POST /api/cti/agent-states}: text, checked there;
	 * {@code seat} and {@code partner} on a sign-in (later states keep the sign-in's
	 * seat).
	 */
	public record Report(String agent, String state, String at, String reason, String seat, String partner) {

	}

}
