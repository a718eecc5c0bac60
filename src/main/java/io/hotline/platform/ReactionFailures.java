package io.hotline.platform;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The failures of the asynchronous listeners of durable events (decision 0009): counted
 * in {@code hotline.reaction.failures{reaction}} (the listener's id) and logged as the
 * workers' failures are, the first of each kind whole, the same kind again only as a
 * count every few minutes (a database failover fails every reaction for a while). The
 * failed publication stays incomplete and is resubmitted. {@code @Async} methods run, as
 * Spring Boot would have them, on its {@code applicationTaskExecutor} unless they name
 * another executor.
 */
@Configuration(proxyBeanMethods = false)
class ReactionFailures implements AsyncConfigurer {

	private final ObjectProvider<Workers> workers;

	private final ObjectProvider<MeterRegistry> meters;

	private final ObjectProvider<Executor> executor;

	ReactionFailures(ObjectProvider<Workers> workers, ObjectProvider<MeterRegistry> meters,
			@Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
		this.workers = workers;
		this.meters = meters;
		this.executor = executor;
	}

	@Override
	public Executor getAsyncExecutor() {
		return this.executor.getObject();
	}

	@Override
	public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
		return this::failed;
	}

	private void failed(Throwable failure, Method method, Object... arguments) {
		String reaction = reaction(method);
		Counter.builder("hotline.reaction.failures")
			.description("deliveries of a durable event whose reaction failed (resubmitted later)")
			.tag("reaction", reaction)
			.register(this.meters.getObject())
			.increment();
		RuntimeException cause = (failure instanceof RuntimeException runtime) ? runtime
				: new IllegalStateException(failure);
		this.workers.getObject().failed(reaction, cause);
	}

	/** The listener's id where it has one, else its class and method. */
	static String reaction(Method method) {
		TransactionalEventListener listener = AnnotatedElementUtils.findMergedAnnotation(method,
				TransactionalEventListener.class);
		return (listener != null && !listener.id().isEmpty()) ? listener.id()
				: method.getDeclaringClass().getSimpleName() + "." + method.getName();
	}

}
