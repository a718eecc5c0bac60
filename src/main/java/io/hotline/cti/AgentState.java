package io.hotline.cti;

import java.time.Instant;

/**
 * An agent's state as the phone system reported it: since when, and why for a break.
 */
public record AgentState(String agent, State state, String reason, Instant since) {

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

	/** A state as posted to {@code POST /api/cti/agent-states}: text, checked there. */
	public record Report(String agent, String state, String at, String reason) {

	}

}
