package io.hotline.org.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.hotline.org.Role;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;

/**
 * The administrators' list of accounts as a page: filtered by any part of the user or
 * display name ({@code q}), a role, a unit and whether enabled, sorted by a column; the
 * accounts are few (hundreds), so the page is cut here from all of them.
 */
final class UserList {

	/** The columns the list sorts by. */
	static final Map<String, Comparator<UserController.UserView>> SORTS = Map.of("username",
			text(UserController.UserView::username), "displayName", text(UserController.UserView::displayName),
			"unitName", text(UserController.UserView::unitName), "enabled",
			Comparator.comparing(UserController.UserView::enabled));

	static final int MOST = 500;

	private UserList() {
	}

	static Page page(List<UserController.UserView> users, String q, String role, Long unitId, Boolean enabled,
			ListParameters page) {
		Role wanted = role(role);
		String words = (q == null || q.isBlank()) ? null : q.strip().toLowerCase(Locale.ROOT);
		Comparator<UserController.UserView> order = SORTS.get(page.sort())
			.thenComparing(UserController.UserView::username);
		List<UserController.UserView> found = users.stream()
			.filter((u) -> words == null || contains(u.username(), words) || contains(u.displayName(), words))
			.filter((u) -> wanted == null || u.roles().contains(wanted))
			.filter((u) -> unitId == null || unitId.equals(u.unitId()))
			.filter((u) -> enabled == null || enabled == u.enabled())
			.sorted(page.descending() ? order.reversed() : order)
			.toList();
		List<UserController.UserView> rows = found.stream().skip(page.offset()).limit(page.limit()).toList();
		return new Page(rows, found.size(), page.offset(), page.limit());
	}

	private static Role role(String role) {
		if (role == null || role.isBlank()) {
			return null;
		}
		try {
			return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("list.bad-role", role);
		}
	}

	private static boolean contains(String text, String words) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(words);
	}

	private static Comparator<UserController.UserView> text(Function<UserController.UserView, String> field) {
		return Comparator.comparing(field, Comparator.nullsLast(Comparator.naturalOrder()));
	}

	/** A page of accounts, and how many match in all. */
	record Page(List<UserController.UserView> users, long total, int offset, int limit) {

	}

}
