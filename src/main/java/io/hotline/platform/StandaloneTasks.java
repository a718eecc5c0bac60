package io.hotline.platform;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.ServiceLoader;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a {@link StandaloneTask} without starting the application. */
public final class StandaloneTasks {

	private StandaloneTasks() {
	}

	/** The standalone tasks on the class path. */
	static List<StandaloneTask> all() {
		return ServiceLoader.load(StandaloneTask.class, StandaloneTask.class.getClassLoader())
			.stream()
			.map(ServiceLoader.Provider::get)
			.toList();
	}

	/**
	 * Runs the task that these process arguments name, if it is a standalone one.
	 * @return its exit code, or empty when the arguments name no standalone task
	 */
	public static OptionalInt run(String[] args) {
		if (!CommandLineTasks.isTask(args)) {
			return OptionalInt.empty();
		}
		for (StandaloneTask task : all()) {
			if (task.name().equals(args[0])) {
				quietLogs();
				return OptionalInt.of(CommandLineTasks.execute(task, Arrays.asList(args).subList(1, args.length)));
			}
		}
		return OptionalInt.empty();
	}

	/** As the task profile has them: warnings, the platform's own information. */
	private static void quietLogs() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
			context.getLogger("io.hotline").setLevel(Level.INFO);
			context.getLogger("ai.djl").setLevel(Level.ERROR);
		}
	}

}
