package io.hotline.address;

import java.util.concurrent.CompletableFuture;

import io.hotline.platform.Workers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The process's one gazetteer. Loading it takes about two seconds and 120 MB of heap, so
 * it starts in the background once the platform is ready — on two cores, loading it
 * beside the start-up steps (demo data) delayed readiness by seconds — and a recognition
 * asked for earlier starts it and waits for it. Test contexts and tasks in one JVM share
 * it: it is read-only data of the jar.
 */
@Component
class NationalGazetteer {

	private static final Logger log = LoggerFactory.getLogger(NationalGazetteer.class);

	private static CompletableFuture<Gazetteer> shared;

	private final Workers workers;

	NationalGazetteer(Workers workers) {
		this.workers = workers;
	}

	/**
	 * Not in a command-line task that does not serve: it loads on its first use there.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void loadInTheBackground() {
		if (this.workers.startsWork()) {
			loading();
		}
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
