package io.hotline.org;

import java.util.List;

/**
 * What an administrator changes of an account; null leaves a field as it is. The unit
 * changes only when {@code unitGiven} is set, and then {@code unitId} null takes it away.
 * A password given is a new one.
 */
public record AccountChange(String displayName, List<String> roles, boolean unitGiven, Long unitId, Boolean enabled,
		String password) {

	@Override
	public String toString() {
		return "AccountChange[displayName=" + this.displayName + ", roles=" + this.roles + ", unitGiven="
				+ this.unitGiven + ", unitId=" + this.unitId + ", enabled=" + this.enabled + ", password="
				+ ((this.password != null) ? "(new)" : null) + "]";
	}

}
