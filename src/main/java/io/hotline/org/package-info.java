/**
 * 承办单位 tree, users and roles, and the jurisdiction: the official administrative divisions
 * of the area this deployment serves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package io.hotline.org;
