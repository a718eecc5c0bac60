package io.hotline.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client on one keep-alive connection, so that the load generator,
 * which shares the machine with the platform, spends as little CPU as possible per
 * request and the figures measure the platform rather than the client. It reads
 * fixed-length and chunked bodies.
 */
final class LoopbackHttp implements AutoCloseable {

	private final String host;

	private final int port;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	LoopbackHttp(String host, int port) {
		this.host = host;
		this.port = port;
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
		if (this.socket == null) {
			this.socket = new Socket(this.host, this.port);
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
		return readResponse();
	}

	private int readResponse() throws IOException {
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
				skip(size);
				readLine();
			}
			readLine();
		}
		else if (length > 0) {
			skip(length);
		}
		if (close) {
			close();
		}
		return status;
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
