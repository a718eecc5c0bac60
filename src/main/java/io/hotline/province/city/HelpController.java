package io.hotline.province.city;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.portal.PortalLimits;
import io.hotline.province.CityOfAProvince;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 多援一 on a city of a province over HTTP: the helpers' accounts made here, the help this
 * city gives with its one-time codes (for its supervisors to hand to their agents), and a
 * helper setting its password with its code (no sign-in: it has none yet).
 */
@RestController
@Conditional(CityOfAProvince.class)
class HelpController {

	record Activation(String username, String code, String password) {

	}

	private final HelpAccounts accounts;

	private final HelpLent lent;

	private final AuditTrail audit;

	private final PortalLimits limits;

	HelpController(HelpAccounts accounts, HelpLent lent, AuditTrail audit, PortalLimits limits) {
		this.accounts = accounts;
		this.lent = lent;
		this.audit = audit;
		this.limits = limits;
	}

	@GetMapping("/api/workforce/surge/help/accounts")
	List<HelpAccounts.Account> accounts(Actor actor) {
		actor.requireAny(Role.ADMIN, Role.SUPERVISOR);
		return this.accounts.list();
	}

	@GetMapping("/api/workforce/surge/help/lent")
	List<HelpLent.Lent> lent(Actor actor) {
		actor.requireAny(Role.ADMIN, Role.SUPERVISOR);
		List<HelpLent.Lent> all = this.lent.list();
		if (!all.isEmpty()) {
			// the codes are credentials: who saw them is kept
			this.audit.record(actor.username(), "HELP_LENT_READ", "help-given", "OK", all.size() + " grants");
		}
		return all;
	}

	@PostMapping("/api/public/help-accounts/activate")
	ResponseEntity<Void> activate(@RequestBody(required = false) Activation body, HttpServletRequest request) {
		this.limits.admitTrack(request.getRemoteAddr());
		Activation given = (body == null) ? new Activation(null, null, null) : body;
		this.accounts.activate(given.username(), given.code(), given.password());
		return ResponseEntity.noContent().build();
	}

}
