package io.hotline.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of the instances, run as a child process with a configuration
 * of its own in a directory of its own: the proxy settings of {@code deploy/nginx}
 * (fewest requests in flight, kept-alive connections to the instances, a request that
 * reached no instance goes to the next; a POST that an instance received is never sent
 * again), on plain HTTP at a loopback port. Each answer names the instance that gave it
 * in {@code X-Upstream}. The benchmark and the cluster test (ClusterIT) both run it.
 */
public final class NginxProxy implements AutoCloseable {

	private final Process process;

	private final int port;

	private NginxProxy(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** nginx's master process (its workers are its children). */
	ProcessHandle process() {
		return this.process.toHandle();
	}

	/**
	 * The nginx binary: the one given, else the first on the PATH or in
	 * {@code /usr/sbin}.
	 */
	public static Path find(Optional<String> given) {
		if (given.isPresent()) {
			Path path = Path.of(given.get());
			if (!Files.isExecutable(path)) {
				throw new IllegalArgumentException("--nginx " + given.get() + " is not an executable file");
			}
			return path;
		}
		String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin";
		for (String folder : path.split(":")) {
			Path candidate = Path.of(folder.isEmpty() ? "." : folder, "nginx");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException(
				"nginx not found: install it (apt-get install nginx) or name it with --nginx PATH");
	}

	/**
	 * Starts nginx on a free port in front of the instances' ports; waits until it
	 * listens.
	 */
	public static NginxProxy start(Path nginx, List<Integer> instances, Path folder)
			throws IOException, InterruptedException {
		Path directory = folder.toAbsolutePath();
		Files.createDirectories(directory.resolve("temp"));
		// the workers run as nobody where root starts nginx
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
		int port = Instances.freePort();
		Path config = directory.resolve("nginx.conf");
		Files.writeString(config, configuration(port, instances, directory));
		Process process = new ProcessBuilder(nginx.toString(), "-p", directory.toString(), "-c", config.toString(),
				"-e", directory.resolve("error.log").toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("nginx.out").toFile())
			.start();
		NginxProxy proxy = new NginxProxy(process, port);
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!Instances.up(port)) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				proxy.close();
				throw new IllegalStateException("nginx did not start; see " + directory.resolve("error.log") + " and "
						+ directory.resolve("nginx.out"));
			}
			Thread.sleep(100);
		}
		return proxy;
	}

	private static String configuration(int port, List<Integer> instances, Path directory) {
		String temp = directory.resolve("temp").toString();
		String servers = instances.stream()
			.map((instance) -> "        server 127.0.0.1:" + instance + " max_fails=3 fail_timeout=10s;")
			.collect(Collectors.joining("\n"));
		return """
				daemon off;
				worker_processes auto;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events { worker_connections 4096; }
				http {
				    access_log off;
				    client_body_temp_path %2$s/body;
				    proxy_temp_path %2$s/proxy;
				    fastcgi_temp_path %2$s/fastcgi;
				    uwsgi_temp_path %2$s/uwsgi;
				    scgi_temp_path %2$s/scgi;
				    upstream hotline {
				%3$s
				        least_conn;
				        keepalive 64;
				        keepalive_requests 100000;
				        keepalive_timeout 60s;
				    }
				    server {
				        listen 127.0.0.1:%4$d;
				        keepalive_requests 1000000;
				        client_max_body_size 8m;
				        location / {
				            proxy_pass http://hotline;
				            proxy_http_version 1.1;
				            proxy_set_header Connection "";
				            proxy_set_header Host $host;
				            proxy_set_header X-Forwarded-For $remote_addr;
				            proxy_set_header X-Forwarded-Proto $scheme;
				            proxy_set_header X-Forwarded-Host $host;
				            proxy_set_header X-Forwarded-Port $server_port;
				            proxy_connect_timeout 2s;
				            proxy_read_timeout 300s;
				            proxy_next_upstream error timeout http_502 http_503;
				            proxy_next_upstream_tries 2;
				            # answers passed on as they come, requests read whole into memory first (a
				            # request that reached no instance can go to the next one): nothing through
				            # temporary files, which the workers (nobody, where root starts nginx)
				            # could not write here
				            proxy_buffering off;
				            client_body_buffer_size 1m;
				            add_header X-Upstream $upstream_addr always;
				        }
				    }
				}
				""".formatted(directory, temp, servers, port);
	}

	public int port() {
		return this.port;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
