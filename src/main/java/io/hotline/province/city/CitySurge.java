package io.hotline.province.city;

import java.io.IOException;

import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeMessages;
import io.hotline.workforce.SurgeReports;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * This city's surge as the province sees it (多援一, docs/province-surges.md): the workforce
 * module's report, posted on the sender's round every {@link CitySender#SURGE}.
 */
@Component
@Conditional(CityOfAProvince.class)
class CitySurge {

	private final SurgeReports reports;

	private final ProvinceClient province;

	CitySurge(SurgeReports reports, ProvinceClient province) {
		this.reports = reports;
		this.province = province;
	}

	void report() throws IOException, InterruptedException {
		this.province.post("/api/node/surge", this.reports.now(), NodeMessages.Answer.class);
	}

}
