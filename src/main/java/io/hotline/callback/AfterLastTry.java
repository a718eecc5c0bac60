package io.hotline.callback;

/** What the last try allowed does when it does not reach the caller either. */
public enum AfterLastTry {

	/** 未能联系: the order closes without a verdict, left out of the satisfaction rate. */
	CLOSE,
	/** The order stays in the callback queue for yet another try. */
	KEEP

}
