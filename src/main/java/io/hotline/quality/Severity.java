package io.hotline.quality;

/** How grave a finding is (轻微, 一般, 严重). */
public enum Severity {

	MINOR, MAJOR, CRITICAL

}
