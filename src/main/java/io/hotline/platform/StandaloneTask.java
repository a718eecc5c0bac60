package io.hotline.platform;

/**
 * A command-line task that needs nothing of the application: no database, no beans. It
 * runs in a bare JVM, started in about a second instead of the ten that the platform's
 * start-up takes, and leaves no data directory behind. A standalone task is found through
 * {@link java.util.ServiceLoader}: its class is public, has a public constructor without
 * arguments, and is named in
 * {@code META-INF/services/io.hotline.platform.StandaloneTask}.
 */
public interface StandaloneTask extends HotlineTask {

}
