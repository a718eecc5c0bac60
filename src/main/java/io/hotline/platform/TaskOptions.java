package io.hotline.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code --key value} and {@code --flag} options given after a task's name. */
public final class TaskOptions {

	private final Map<String, String> values = new HashMap<>();

	TaskOptions(List<String> args) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument '" + arg + "': options are --name value");
			}
			String name = arg.substring(2);
			int equals = name.indexOf('=');
			if (equals > 0) {
				this.values.put(name.substring(0, equals), name.substring(equals + 1));
			}
			else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				this.values.put(name, args.get(++i));
			}
			else {
				this.values.put(name, "true");
			}
		}
	}

	public static TaskOptions of(String... args) {
		return new TaskOptions(List.of(args));
	}

	public Optional<String> get(String name) {
		return Optional.ofNullable(this.values.get(name));
	}

	public String required(String name) {
		return get(name).orElseThrow(() -> new IllegalArgumentException("Missing option --" + name));
	}

	public int intValue(String name, int fallback) {
		String value = this.values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Option --" + name + " must be a whole number, not '" + value + "'");
		}
	}

	/**
	 * The file of option {@code --name}, or {@code fallback} (the shared data the task
	 * reads by default); refused, naming both, where there is no such file.
	 */
	public Path file(String name, String fallback, String what) {
		Path file = Path.of(get(name).orElse(fallback));
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("no " + what + " at " + file.toAbsolutePath().normalize() + ": give --"
					+ name + " FILE, or put the shared data at " + fallback);
		}
		return file;
	}

	public boolean flag(String name) {
		return Boolean.parseBoolean(this.values.getOrDefault(name, "false"));
	}

}
