package io.hotline.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's nginx as a child process, in front of platform instances on loopback ports: a
 * configuration written into a directory of its own (pid, logs, temporary files there),
 * with the upstream settings of {@code deploy/nginx/hotline.conf} (passive health,
 * {@code least_conn}, keep-alive, {@code proxy_next_upstream error timeout http_502
 * http_503}: a request that reached no instance goes to the next one; a POST that an
 * instance received is never sent again). Each answer names the instance that gave it in
 * {@code X-Upstream}. {@link #close()} stops it.
 */
public final class Nginx implements AutoCloseable {

	/** Where Debian puts it; {@code PATH} is searched first. */
	private static final Path DEBIAN = Path.of("/usr/sbin/nginx");

	private final Process process;

	private final Path directory;

	private final int port;

	private Nginx(Process process, Path directory, int port) {
		this.process = process;
		this.directory = directory;
		this.port = port;
	}

	/**
	 * Starts nginx on a free port in front of the instances' ports, and waits until it
	 * listens.
	 * @throws IllegalStateException where nginx is not installed
	 */
	public static Nginx start(Path directory, List<Integer> instances) throws IOException, InterruptedException {
		Path nginx = binary();
		Files.createDirectories(directory.resolve("temp"));
		// the workers run as nobody where nginx is started by root
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
		int port = PlatformProcess.freePort();
		Path config = directory.resolve("nginx.conf");
		Files.writeString(config, configuration(directory.toAbsolutePath(), port, instances));
		Process process = new ProcessBuilder(nginx.toString(), "-p", directory.toAbsolutePath().toString(), "-e",
				directory.resolve("error.log").toAbsolutePath().toString(), "-c", config.toAbsolutePath().toString(),
				"-g", "daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("nginx.out").toFile()))
			.start();
		Nginx started = new Nginx(process, directory, port);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("nginx exited: " + Files.readString(directory.resolve("nginx.out"))
						+ Files.readString(directory.resolve("error.log")));
			}
			try {
				HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/nginx-up")
					.toURL()
					.openConnection();
				connection.getResponseCode();
				connection.disconnect();
				return started;
			}
			catch (IOException ex) {
				if (System.nanoTime() > deadline) {
					started.close();
					throw new IllegalStateException("nginx did not listen on " + port + "; see " + directory);
				}
				Thread.sleep(100);
			}
		}
	}

	public int port() {
		return this.port;
	}

	public Path accessLog() {
		return this.directory.resolve("access.log");
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private static Path binary() {
		return Stream
			.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).map((dir) -> Path.of(dir, "nginx")),
					Stream.of(DEBIAN))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"nginx is not installed: the cluster test needs Debian's nginx (apt-get install nginx; .ci/run installs it)"));
	}

	private static String configuration(Path dir, int port, List<Integer> instances) {
		String servers = instances.stream()
			.map((instance) -> "        server 127.0.0.1:" + instance + " max_fails=3 fail_timeout=10s;")
			.collect(Collectors.joining("\n"));
		return """
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events { worker_connections 512; }
				http {
				    log_format upstream '$msec $status $request_method $uri $upstream_addr $upstream_status $request_time';
				    access_log %1$s/access.log upstream;
				    client_body_temp_path %1$s/temp/body;
				    proxy_temp_path %1$s/temp/proxy;
				    fastcgi_temp_path %1$s/temp/fastcgi;
				    uwsgi_temp_path %1$s/temp/uwsgi;
				    scgi_temp_path %1$s/temp/scgi;
				    upstream hotline {
				%2$s
				        least_conn;
				        keepalive 16;
				        keepalive_requests 10000;
				        keepalive_timeout 60s;
				    }
				    server {
				        listen 127.0.0.1:%3$d;
				        client_max_body_size 8m;
				        location = /nginx-up {
				            return 204;
				        }
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
				            proxy_read_timeout 60s;
				            proxy_send_timeout 60s;
				            proxy_next_upstream error timeout http_502 http_503;
				            proxy_next_upstream_tries 2;
				            proxy_next_upstream_timeout 10s;
				            # no temporary files (the workers, nobody, may not reach this directory)
				            proxy_max_temp_file_size 0;
				            client_body_buffer_size 1m;
				            add_header X-Upstream $upstream_addr always;
				        }
				    }
				}
				"""
			.formatted(dir, servers, port);
	}

}
