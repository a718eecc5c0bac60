package io.hotline.org.web;

import java.util.List;
import java.util.Set;

import io.hotline.org.AccountChange;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.org.UserAccounts;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and how an administrator adds and changes users. */
@RestController
class UserController {

	private final UserAccounts accounts;

	UserController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/me")
	UserView me(Actor actor) {
		return this.accounts.profile(actor.username())
			.map(UserView::of)
			.orElseThrow(() -> Problem.notFound("user.not-found", actor.username()));
	}

	@GetMapping("/api/users")
	List<UserView> users(Actor actor) {
		return this.accounts.profiles(actor).stream().map(UserView::of).toList();
	}

	/**
	 * A page of the accounts: {@code q} (any part of the user or display name),
	 * {@code role}, {@code unitId}, {@code enabled}; {@code sort} (username, displayName,
	 * unitName, enabled), {@code dir}, {@code offset}, {@code limit} (default 50); with
	 * the number of all that match.
	 */
	@GetMapping("/api/users/page")
	UserList.Page page(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) Boolean enabled,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		ListParameters page = ListParameters.of(sort, dir, offset, limit, UserList.SORTS.keySet(), "username", false,
				50, UserList.MOST);
		return UserList.page(users(actor), q, role, unitId, enabled, page);
	}

	@PostMapping("/api/users")
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(@RequestBody NewUser user, Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("user.admin-only");
		}
		return UserView.of(this.accounts.create(actor, user.username(), user.displayName(), user.password(),
				user.roles(), user.unitId()));
	}

	/**
	 * Changes a user: {@code displayName}, {@code roles}, {@code unitId} (null: none),
	 * {@code enabled}, {@code password} (a new one); a field left out stays as it is.
	 */
	@PutMapping("/api/users/{username}")
	UserView update(@PathVariable String username, @RequestBody(required = false) JsonNode body, Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("user.admin-only");
		}
		Fields fields = Fields.of(body);
		AccountChange change = new AccountChange(fields.text("displayName"), fields.texts("roles"),
				fields.given("unitId"), fields.number("unitId"), fields.yesNo("enabled"), fields.text("password"));
		return UserView.of(this.accounts.update(actor, username, change));
	}

	record UserView(String username, String displayName, Set<Role> roles, Long unitId, String unitName,
			boolean enabled) {

		static UserView of(UserAccounts.Profile profile) {
			return new UserView(profile.username(), profile.displayName(), profile.roles(),
					(profile.unitId() != null) ? profile.unitId().value() : null, profile.unitName(),
					profile.enabled());
		}

	}

	record NewUser(String username, String displayName, String password, List<String> roles, Long unitId) {

	}

}
