package io.hotline.platform;

/**
 * Published when an account's password, roles, unit or standing changes, so that what
 * sign-in remembered of it is forgotten at once.
 */
public record AccountChanged(String username) {

}
