package io.hotline.workorder;

/**
 * How often an order was dispatched, returned and reopened: what 改派率, 退单率 and 重办率 count.
 */
public record Counts(int dispatches, int returns, int reopenings) {

	public static final Counts NONE = new Counts(0, 0, 0);

	Counts dispatched() {
		return new Counts(this.dispatches + 1, this.returns, this.reopenings);
	}

	Counts returned() {
		return new Counts(this.dispatches, this.returns + 1, this.reopenings);
	}

	Counts reopened() {
		return new Counts(this.dispatches, this.returns, this.reopenings + 1);
	}

}
