package io.hotline.training;

/** The kinds of question: one right option of four, true or false, a short answer. */
enum QuestionKind {

	/** 单选题. */
	SINGLE,
	/** 判断题. */
	TRUE_FALSE,
	/** 简答题: right when it names enough of the key terms. */
	SHORT

}
