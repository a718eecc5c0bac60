/**
 * 市民门户: the public web pages where citizens submit a request with an optional photo,
 * follow it by a private link and rate the answer, without an account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
		allowedDependencies = { "org", "catalog", "workorder", "intake", "dispatch" })
package io.hotline.portal;
