package io.hotline.classification;

import java.util.Objects;

/** One labelled text to learn from. */
public record Example(String label, String text) {

	public Example {
		Objects.requireNonNull(label, "label");
		text = (text != null) ? text : "";
	}

}
