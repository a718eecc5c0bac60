package io.hotline.province.hub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import io.hotline.platform.AuditTrail;
import io.hotline.province.NodeKeys;
import io.hotline.province.NodeSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a city node's call through only when it is signed with that city's key (decision
 * 0015): the city one of this province's, the time within 5 minutes, the signature over
 * method, path, time and body right. A refusal answers 401 with what was wrong and is
 * audited; the body, read to check it, is handed on as it came.
 */
class NodeSignatures extends OncePerRequestFilter {

	/** The request attribute with the calling city's code. */
	static final String CITY = "hotline.node.city";

	private static final int MOST_BYTES = 64 * 1024 * 1024;

	private final NodeSettings settings;

	private final String province;

	private final AuditTrail audit;

	private final Clock clock;

	NodeSignatures(NodeSettings settings, String province, AuditTrail audit, Clock clock) {
		this.settings = settings;
		this.province = province;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String city = request.getHeader(NodeKeys.NODE);
		byte[] body = request.getInputStream().readNBytes(MOST_BYTES + 1);
		String refusal = refusal(request, city, body);
		if (refusal != null) {
			this.audit.record("node:" + city, "NODE_CALL", request.getRequestURI(), "REFUSED", refusal);
			response.setStatus(body.length > MOST_BYTES ? 413 : 401);
			response.setContentType("application/problem+json;charset=UTF-8");
			response.getOutputStream()
				.write(("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":" + response.getStatus()
						+ ",\"detail\":\"" + refusal.replace("\"", "'") + "\"}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		request.setAttribute(CITY, city);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("node:" + city, null,
					List.of(new SimpleGrantedAuthority("ROLE_NODE"))));
		try {
			chain.doFilter(new Body(request, body), response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String refusal(HttpServletRequest request, String city, byte[] body) {
		if (this.settings.masterKey() == null) {
			return "this province holds no HOTLINE_NODE_MASTER_KEY: no city node can be let in";
		}
		if (city == null || !city.matches("\\d{4,6}") || !city.startsWith(this.province)) {
			return "X-Hotline-Node must be the code of a city of province " + this.province + ", not " + city;
		}
		if (body.length > MOST_BYTES) {
			return "a call carries at most " + MOST_BYTES + " bytes";
		}
		long timestamp;
		try {
			timestamp = Long.parseLong(request.getHeader(NodeKeys.TIMESTAMP));
		}
		catch (NumberFormatException ex) {
			return "X-Hotline-Timestamp must be seconds since the epoch";
		}
		if (Math.abs(this.clock.instant().getEpochSecond() - timestamp) > NodeKeys.SKEW_SECONDS) {
			return "X-Hotline-Timestamp is more than " + NodeKeys.SKEW_SECONDS + " s off this province's clock";
		}
		String key = NodeKeys.keyOf(this.settings.masterKey(), city);
		if (!NodeKeys.matches(key, request.getMethod(), request.getRequestURI(), timestamp, body,
				request.getHeader(NodeKeys.SIGNATURE))) {
			return "X-Hotline-Signature is not city " + city + "'s signature of this call";
		}
		return null;
	}

	/** The request with its body read already. */
	private static final class Body extends HttpServletRequestWrapper {

		private final byte[] body;

		Body(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
