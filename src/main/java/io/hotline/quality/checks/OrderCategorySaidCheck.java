package io.hotline.quality.checks;

import java.util.function.Supplier;

import io.hotline.assist.FormFiller;
import io.hotline.assist.FormReading;
import io.hotline.assist.ScenarioChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** 工单分类与通话不符 ({@code ORDER_CATEGORY_SAID}). */
@Component
class OrderCategorySaidCheck extends OrderAsSaidCheck {

	@Autowired
	OrderCategorySaidCheck(FormFiller filler) {
		this(filler::reading);
	}

	OrderCategorySaidCheck(Supplier<FormReading> reading) {
		super(reading, ScenarioChecks.ORDER_CATEGORY);
	}

}
