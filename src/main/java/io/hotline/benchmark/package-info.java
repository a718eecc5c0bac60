/**
 * The platform's own benchmarks. {@code java -jar target/hotline.jar benchmark}: order
 * intake over HTTP with concurrent clients beside the raw INSERT rate of the same
 * PostgreSQL, and a unit's inbox query with a million orders stored; it talks to the
 * platform only through HTTP and SQL. {@code benchmark-address}: address recognition's
 * accuracy on labelled texts beside HanLP's, in process through the address module's
 * recognizer and gazetteer, and its latency over HTTP. {@code soak}: a mixed load of
 * every kind of user for half an hour, over HTTP only, with the requests, errors, logged
 * errors and the heap after a full collection minute by minute.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmark",
		allowedDependencies = { "address", "org", "classification", "province" })
package io.hotline.benchmark;
