package io.hotline.platform;

import java.util.List;

/**
 * A command-line task: {@code java -jar target/hotline.jar <name> [options]} runs it and
 * exits with the code it returns, without starting the web server.
 */
public interface HotlineTask {

	String name();

	/** One line for the list of tasks. */
	String description();

	/**
	 * Runs the task.
	 * @param options the arguments after the task's name
	 * @return the process exit code, 0 on success
	 */
	int run(TaskOptions options) throws Exception;

}
