package io.hotline.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loopback addresses for citizens, a new one for each visit (127.1.0.1 onwards, some 16
 * million before the first comes again), so that the portal's limits per client address
 * count each citizen by themselves, as they would count people on the internet. Linux
 * routes the whole of 127.0.0.0/8 to the loopback interface.
 */
final class CitizenAddresses {

	private final AtomicLong next = new AtomicLong();

	/** Refused, saying why, where this system cannot send from 127.1.0.1. */
	CitizenAddresses() {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(address(0), 0));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Citizens of the soak connect from addresses of 127.0.0.0/8 other than "
					+ "127.0.0.1 (as on Linux), but binding 127.1.0.1 failed: " + ex.getMessage(), ex);
		}
	}

	InetAddress next() {
		return address(this.next.getAndIncrement());
	}

	private static InetAddress address(long n) {
		int last = (int) (n % 254) + 1;
		int third = (int) ((n / 254) % 256);
		int second = (int) ((n / (254 * 256)) % 254) + 1;
		try {
			return InetAddress.getByAddress(new byte[] { 127, (byte) second, (byte) third, (byte) last });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
