package io.hotline.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Counts the ERROR (and WARN) lines that the whole process logs while it is attached, and
 * keeps the first few ERROR lines in words: an appender on Logback's root logger.
 */
final class LoggedErrors extends AppenderBase<ILoggingEvent> implements AutoCloseable {

	private static final int KEPT = 20;

	private final AtomicLong errors = new AtomicLong();

	private final AtomicLong warnings = new AtomicLong();

	private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

	private LoggedErrors() {
	}

	/** Starts counting what every logger of the process logs from now on. */
	static LoggedErrors attach() {
		LoggedErrors counter = new LoggedErrors();
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		counter.setContext(context);
		counter.setName("soak-logged-errors");
		counter.start();
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(counter);
		return counter;
	}

	@Override
	protected void append(ILoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			this.errors.incrementAndGet();
			if (this.lines.size() < KEPT) {
				this.lines.add(line(event));
			}
		}
		else if (event.getLevel() == Level.WARN) {
			this.warnings.incrementAndGet();
		}
	}

	long errors() {
		return this.errors.get();
	}

	long warnings() {
		return this.warnings.get();
	}

	/**
	 * The first ERROR lines: time, thread, logger, message and the exception's first
	 * cause.
	 */
	List<String> lines() {
		return new ArrayList<>(this.lines);
	}

	@Override
	public void close() {
		((LoggerContext) getContext()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
		stop();
	}

	private static String line(ILoggingEvent event) {
		StringBuilder line = new StringBuilder().append(java.time.Instant.ofEpochMilli(event.getTimeStamp()))
			.append(" [")
			.append(event.getThreadName())
			.append("] ")
			.append(event.getLoggerName())
			.append(": ")
			.append(event.getFormattedMessage());
		for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
			line.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
		}
		return line.toString();
	}

}
