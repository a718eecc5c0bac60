package io.hotline.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * What a client counts as when its requests are limited: its IPv4 address, or its IPv6
 * /64 network, which a single host usually has to itself.
 */
public final class ClientNetwork {

	private ClientNetwork() {
	}

	public static String of(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			byte[] bytes = InetAddress.getByName(address.split("%", 2)[0]).getAddress();
			return (bytes.length == 16) ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64"
					: InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
