package io.hotline.workforce.surge;

/**
 * What the simulation assumes of callers and calls: exponential handling time (mean
 * {@code handlingSeconds}) and patience (mean {@code patienceSeconds}, infinite for
 * callers who never hang up); {@code leaveNumberShare}: while the callback queue is on,
 * the share of callers who take the offer to leave a number and keep their place: it is
 * made on entering the queue when no agent is free, and again when the caller is about to
 * hang up; {@code reachShare}: the share of callbacks that reach the caller;
 * {@code failedCallSeconds}: an agent's time on a callback that does not.
 */
record Callers(double handlingSeconds, double patienceSeconds, double leaveNumberShare, double reachShare,
		double failedCallSeconds, long seed) {

	static Callers defaults(long seed) {
		return new Callers(240, 180, 0.7, 0.85, 60, seed);
	}

	Callers withLeaveNumberShare(double share) {
		return new Callers(this.handlingSeconds, this.patienceSeconds, share, this.reachShare, this.failedCallSeconds,
				this.seed);
	}

	Callers withPatience(double seconds) {
		return new Callers(this.handlingSeconds, seconds, this.leaveNumberShare, this.reachShare,
				this.failedCallSeconds, this.seed);
	}

}
