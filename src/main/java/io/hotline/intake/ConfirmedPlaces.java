package io.hotline.intake;

import java.util.Optional;

import io.hotline.address.AliasLearning;
import io.hotline.address.ResolvedAddress;
import io.hotline.org.Division;
import io.hotline.org.Divisions;
import io.hotline.platform.Problem;
import io.hotline.workorder.Location;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The location a person confirmed or chose for an order (the agent, from the recognised
 * address or by hand): each code must be a division of the jurisdiction, the coarser ones
 * must contain the finer, and the coarser levels left out are filled in from the finest.
 * Confirmed addresses teach address recognition their local names.
 */
@Component
class ConfirmedPlaces {

	private static final Logger log = LoggerFactory.getLogger(ConfirmedPlaces.class);

	private final Divisions divisions;

	private final AliasLearning learning;

	ConfirmedPlaces(Divisions divisions, AliasLearning learning) {
		this.divisions = divisions;
		this.learning = learning;
	}

	/**
	 * Lets address recognition learn the local name of a confirmed address (a compound, a
	 * road, a landmark); the order stands whatever happens to the learning.
	 */
	void learn(String address, Location location) {
		try {
			this.learning.learn(address,
					new ResolvedAddress(location.districtCode(), location.streetCode(), location.communityCode()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not learn from the confirmed address '{}': {}", address, ex.toString());
		}
	}

	/** The location of these codes, or empty when none is given. */
	Optional<Location> location(IntakeRequest.LocationInput input) {
		if (input == null) {
			return Optional.empty();
		}
		Division district = division(input.districtCode(), Division.DISTRICT);
		Division street = division(input.streetCode(), Division.STREET);
		Division community = division(input.communityCode(), Division.COMMUNITY);
		if (community != null) {
			street = within(community, street);
		}
		if (street != null) {
			district = within(street, district);
		}
		if (district == null) {
			return Optional.empty();
		}
		return Optional.of(new Location(district.code(), street == null ? null : street.code(),
				community == null ? null : community.code()));
	}

	private Division division(String code, int level) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return this.divisions.division(code.strip())
			.filter((division) -> division.level() == level)
			.orElseThrow(() -> Problem.invalid("intake.unknown-division", code.strip()));
	}

	/** The parent of the finer division, which must be the coarser one when given. */
	private Division within(Division finer, Division coarser) {
		Division parent = this.divisions.division(finer.parentCode())
			.orElseThrow(() -> Problem.invalid("intake.unknown-division", finer.parentCode()));
		if (coarser != null && !coarser.code().equals(parent.code())) {
			throw Problem.invalid("intake.inconsistent-location", finer.name(), coarser.name());
		}
		return parent;
	}

}
