package io.hotline.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs the command-line task named by the first argument, after every start-up step. */
@Component
@Profile({ "task", "serving-task" })
@Order(Ordered.LOWEST_PRECEDENCE)
public class CommandLineTasks implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(CommandLineTasks.class);

	private final Map<String, HotlineTask> tasks;

	private int exitCode;

	CommandLineTasks(List<HotlineTask> tasks) {
		this.tasks = tasks.stream().collect(Collectors.toMap(HotlineTask::name, Function.identity()));
		StandaloneTasks.all().forEach((task) -> this.tasks.putIfAbsent(task.name(), task));
	}

	/**
	 * Tasks that measure the platform over HTTP: they serve on an ephemeral loopback
	 * port, on a data directory of their own unless told otherwise, never on the
	 * deployment's port.
	 */
	private static final Set<String> SERVING = Set.of("benchmark", "benchmark-address", "benchmark-province",
			"benchmark-callback-plans", "soak");

	/** Whether these process arguments name a task rather than start the server. */
	public static boolean isTask(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	public static boolean servesHttp(String[] args) {
		return isTask(args) && SERVING.contains(args[0]);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		String[] args = arguments.getSourceArgs();
		HotlineTask task = this.tasks.get(args[0]);
		if (task == null) {
			System.err.println("Unknown command '" + args[0] + "'. Commands:");
			this.tasks.values()
				.stream()
				.sorted((a, b) -> a.name().compareTo(b.name()))
				.forEach((t) -> System.err.println("  " + t.name() + "  " + t.description()));
			this.exitCode = 2;
			return;
		}
		this.exitCode = execute(task, Arrays.asList(args).subList(1, args.length));
	}

	/**
	 * Runs a task with its arguments: 2 for a wrong argument or input (the message says
	 * which), 1 for a failure.
	 */
	static int execute(HotlineTask task, List<String> args) {
		try {
			return task.run(new TaskOptions(args));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(task.name() + ": " + ex.getMessage());
			return 2;
		}
		catch (Exception ex) {
			log.error("{} failed", task.name(), ex);
			System.err.println(task.name() + " failed: " + ex.getMessage());
			return 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
