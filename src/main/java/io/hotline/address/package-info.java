/**
 * Address recognition: finds the district, street and community of the jurisdiction that
 * a free-text address names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Address", allowedDependencies = "org")
package io.hotline.address;
