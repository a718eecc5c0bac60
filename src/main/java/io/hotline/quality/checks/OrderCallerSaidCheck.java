package io.hotline.quality.checks;

import java.util.function.Supplier;

import io.hotline.assist.FormFiller;
import io.hotline.assist.FormReading;
import io.hotline.assist.ScenarioChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** 来电人电话与通话不符 ({@code ORDER_CALLER_SAID}). */
@Component
class OrderCallerSaidCheck extends OrderAsSaidCheck {

	@Autowired
	OrderCallerSaidCheck(FormFiller filler) {
		this(filler::reading);
	}

	OrderCallerSaidCheck(Supplier<FormReading> reading) {
		super(reading, ScenarioChecks.ORDER_CALLER);
	}

}
