package io.hotline.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith's registry without its "processing" mark: the registry writes each
 * publication three times (stored, marked processing as its listener starts, deleted when
 * it completes), and the mark serves only Modulith's staleness monitor, which the
 * platform does not use: an incomplete publication is resubmitted by its age
 * ({@link EventPublications}), whether its listener started or not, and the reactions are
 * done once by their event ids ({@link Reactions}). The mark was an UPDATE per listener
 * of every event, the third-largest statement of an intake (issue 16's pg_stat_statements
 * profile: 1.4 s of 20,000 registrations' database time, more than the publications'
 * inserts).
 */
@Component
class PublicationsWithoutProcessingMark implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof EventPublicationRepository repository)) {
			return bean;
		}
		return Proxy.newProxyInstance(EventPublicationRepository.class.getClassLoader(),
				new Class<?>[] { EventPublicationRepository.class }, new SkipMark(repository));
	}

	private record SkipMark(EventPublicationRepository repository) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().equals("markProcessing")) {
				return null;
			}
			if (method.getDeclaringClass() == Object.class) {
				return switch (method.getName()) {
					case "equals" -> proxy == args[0];
					case "hashCode" -> System.identityHashCode(proxy);
					default -> "publications without processing mark: " + this.repository;
				};
			}
			try {
				return method.invoke(this.repository, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
