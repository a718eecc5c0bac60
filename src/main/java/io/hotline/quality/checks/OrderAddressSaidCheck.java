package io.hotline.quality.checks;

import java.util.function.Supplier;

import io.hotline.assist.FormFiller;
import io.hotline.assist.FormReading;
import io.hotline.assist.ScenarioChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** 工单地址与通话不符 ({@code ORDER_ADDRESS_SAID}). */
@Component
class OrderAddressSaidCheck extends OrderAsSaidCheck {

	@Autowired
	OrderAddressSaidCheck(FormFiller filler) {
		this(filler::reading);
	}

	OrderAddressSaidCheck(Supplier<FormReading> reading) {
		super(reading, ScenarioChecks.ORDER_ADDRESS);
	}

}
