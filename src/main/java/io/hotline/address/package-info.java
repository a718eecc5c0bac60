/**
 * Address recognition: finds the province, city, district, street and community that a
 * free text names, against the whole country's official divisions held in memory
 * ({@link io.hotline.address.Gazetteer}) and the local names administrators or confirmed
 * orders taught it, with the jurisdiction as the prior.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Address", allowedDependencies = "org")
package io.hotline.address;
