package io.hotline;

import java.util.OptionalInt;

import io.hotline.platform.CommandLineTasks;
import io.hotline.platform.StandaloneTasks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The 12345 hotline platform. Without arguments it serves the web application; with a
 * command name as the first argument it runs that task and exits, without starting the
 * web server; a task that needs nothing of the application runs without starting it
 * ({@link io.hotline.platform.StandaloneTask}).
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class HotlineApplication {

	public static void main(String[] args) {
		OptionalInt standalone = StandaloneTasks.run(args);
		if (standalone.isPresent()) {
			System.exit(standalone.getAsInt());
		}
		SpringApplication application = new SpringApplication(HotlineApplication.class);
		if (CommandLineTasks.isTask(args)) {
			boolean serving = CommandLineTasks.servesHttp(args);
			application.setWebApplicationType(serving ? WebApplicationType.SERVLET : WebApplicationType.NONE);
			application.setAdditionalProfiles(serving ? "serving-task" : "task");
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
