package io.hotline.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client on one keep-alive connection, so that the load generator,
 * which shares the machine with the platform, spends as little CPU as possible per
 * request and the figures measure the platform rather than the client. It reads
 * fixed-length and chunked bodies, and keeps them only when asked ({@link #send}).
 */
final class LoopbackHttp implements AutoCloseable {

	/** A status and the body as sent, for requests whose answer is read. */
	record Answer(int status, byte[] body) {

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	private static final byte[] NO_BODY = new byte[0];

	private final String host;

	private final int port;

	private final InetAddress localAddress;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	LoopbackHttp(String host, int port) {
		this(host, port, null);
	}

	/**
	 * A client whose connection comes from this local address (any of 127.0.0.0/8 on
	 * Linux), so that the server sees it as a client of its own.
	 */
	LoopbackHttp(String host, int port, InetAddress localAddress) {
		this.host = host;
		this.port = port;
		this.localAddress = localAddress;
	}

	/** Sends one request and reads the whole answer; returns its status code. */
	int exchange(String method, String path, String authorization, byte[] body) throws IOException {
		return exchange(method, path, authorization, "application/json", body);
	}

	/**
	 * Sends one request, without an authorization when it is null, and reads the whole
	 * answer; returns its status code.
	 */
	int exchange(String method, String path, String authorization, String contentType, byte[] body) throws IOException {
		write(method, path, authorization, contentType, body);
		return readResponse(null);
	}

	/**
	 * Sends one request, without an authorization when it is null and without a body when
	 * it is null, and answers its status and body.
	 */
	Answer send(String method, String path, String authorization, String contentType, byte[] body) throws IOException {
		write(method, path, authorization, contentType, body);
		ByteArrayOutputStream answer = new ByteArrayOutputStream(1024);
		int status = readResponse(answer);
		return new Answer(status, (answer.size() == 0) ? NO_BODY : answer.toByteArray());
	}

	private void write(String method, String path, String authorization, String contentType, byte[] body)
			throws IOException {
		if (this.socket == null) {
			this.socket = (this.localAddress != null) ? new Socket(this.host, this.port, this.localAddress, 0)
					: new Socket(this.host, this.port);
			this.socket.setTcpNoDelay(true);
			this.out = new BufferedOutputStream(this.socket.getOutputStream(), 8192);
			this.in = new BufferedInputStream(this.socket.getInputStream(), 16384);
		}
		StringBuilder head = new StringBuilder(256).append(method)
			.append(' ')
			.append(path)
			.append(" HTTP/1.1\r\nHost: ")
			.append(this.host)
			.append("\r\n");
		if (authorization != null) {
			head.append("Authorization: ").append(authorization).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Type: ")
				.append(contentType)
				.append("\r\nContent-Length: ")
				.append(body.length)
				.append("\r\n");
		}
		this.out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
		if (body != null) {
			this.out.write(body);
		}
		this.out.flush();
	}

	/** Reads an answer, its body into {@code body} or skipped where that is null. */
	private int readResponse(ByteArrayOutputStream body) throws IOException {
		String statusLine = readLine();
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String line = readLine(); !line.isEmpty(); line = readLine()) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		if (chunked) {
			for (long size = Long.parseLong(readLine().trim(), 16); size > 0; size = Long.parseLong(readLine().trim(),
					16)) {
				read(size, body);
				readLine();
			}
			readLine();
		}
		else if (length > 0) {
			read(length, body);
		}
		if (close) {
			close();
		}
		return status;
	}

	private void read(long bytes, ByteArrayOutputStream body) throws IOException {
		if (body == null) {
			skip(bytes);
			return;
		}
		byte[] buffer = new byte[(int) Math.min(bytes, 8192)];
		long left = bytes;
		while (left > 0) {
			int read = this.in.read(buffer, 0, (int) Math.min(left, buffer.length));
			if (read < 0) {
				throw new IOException("Connection closed in the middle of a body");
			}
			body.write(buffer, 0, read);
			left -= read;
		}
	}

	private void skip(long bytes) throws IOException {
		long left = bytes;
		while (left > 0) {
			long skipped = this.in.skip(left);
			if (skipped <= 0) {
				if (this.in.read() < 0) {
					throw new IOException("Connection closed in the middle of a body");
				}
				skipped = 1;
			}
			left -= skipped;
		}
	}

	private String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(64);
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b < 0) {
				throw new IOException("Connection closed by the server");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		if (this.socket != null) {
			this.socket.close();
			this.socket = null;
		}
	}

}
