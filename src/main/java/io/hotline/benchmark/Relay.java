package io.hotline.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay from a port of its own to a target port on this machine, that a benchmark
 * or a test cuts (every connection closed, new ones refused) and restores: a city node
 * cut off from its province as by a network failure, the two processes running on.
 */
public final class Relay implements AutoCloseable {

	private final int port;

	private final int target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	public Relay(int target) throws IOException {
		this.port = Instances.freePort();
		this.target = target;
		restore();
	}

	public int port() {
		return this.port;
	}

	/** Closes every connection and refuses new ones. */
	public synchronized void cut() throws IOException {
		if (this.server != null) {
			this.server.close();
			this.server = null;
		}
		for (Socket socket : this.open) {
			socket.close();
		}
		this.open.clear();
	}

	/** Lets connections through again. */
	public synchronized void restore() throws IOException {
		if (this.server != null) {
			return;
		}
		ServerSocket listening = new ServerSocket();
		listening.setReuseAddress(true);
		listening.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
		this.server = listening;
		daemon(() -> accept(listening));
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.target);
				this.open.add(client);
				this.open.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// cut, or the target is down: the caller sees its connection fail
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		daemon(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// closed by the other side or by a cut
			}
			finally {
				close(from);
				close(to);
			}
		});
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "relay");
		thread.setDaemon(true);
		thread.start();
	}

	private void close(Socket socket) {
		this.open.remove(socket);
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closed already
		}
	}

	@Override
	public void close() throws IOException {
		cut();
	}

}
