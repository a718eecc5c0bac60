/**
 * Open311 GeoReport v2: the catalog's services and the orders registered through them,
 * for third-party clients (apps, civic-tech tools) at {@code /open311/v2/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311",
		allowedDependencies = { "org", "catalog", "workorder", "intake" })
package io.hotline.open311;
