package io.hotline.platform;

/**
 * The order of the start-up steps ({@code ApplicationRunner}s): the jurisdiction's
 * divisions first, then the organisation, then the catalog, then demo history, then the
 * background work on what they seeded; command-line tasks run last.
 */
public final class StartupOrder {

	public static final int DIVISIONS = 100;

	public static final int ORGANISATION = 200;

	public static final int CATALOG = 300;

	public static final int HISTORY = 400;

	/**
	 * The work the platform starts by itself (see {@link Workers}), on the seeded data.
	 */
	public static final int BACKGROUND = 500;

	private StartupOrder() {
	}

}
