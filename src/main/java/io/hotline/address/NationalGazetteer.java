package io.hotline.address;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The process's one gazetteer. Loading it takes a second or two and some 200 MB, so it
 * starts in the background as soon as the application has started — readiness does not
 * wait for it — and the first recognition waits for the rest of the load. Test contexts
 * and tasks in one JVM share it: it is read-only data of the jar.
 */
@Component
class NationalGazetteer {

	private static final Logger log = LoggerFactory.getLogger(NationalGazetteer.class);

	private static CompletableFuture<Gazetteer> shared;

	@EventListener(ApplicationStartedEvent.class)
	void loadInTheBackground() {
		loading();
	}

	Gazetteer get() {
		return loading().join();
	}

	/** The shared gazetteer, starting its load on the first call. */
	static synchronized CompletableFuture<Gazetteer> loading() {
		if (shared == null) {
			shared = CompletableFuture.supplyAsync(NationalGazetteer::load, (task) -> {
				Thread thread = new Thread(task, "gazetteer-load");
				thread.setDaemon(true);
				thread.start();
			});
		}
		return shared;
	}

	private static Gazetteer load() {
		long started = System.nanoTime();
		Gazetteer gazetteer = Gazetteer.load();
		log.info("Loaded the national gazetteer: {} divisions, {} name forms, in {} ms", gazetteer.size(),
				gazetteer.forms().size(), (System.nanoTime() - started) / 1_000_000);
		return gazetteer;
	}

}
