/**
 * The platform's own benchmark ({@code java -jar target/hotline.jar benchmark}): order
 * intake over HTTP with concurrent clients beside the raw INSERT rate of the same
 * PostgreSQL, and a unit's inbox query with a million orders stored. It talks to the
 * platform only through HTTP and SQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmark", allowedDependencies = {})
package io.hotline.benchmark;
