package io.hotline.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import tools.jackson.databind.JsonNode;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The request bodies that endpoints read ({@code @RequestBody}): at most
 * {@value #MOST_BYTES} bytes (413 beyond, counted as they are read, so that a body
 * without a length is limited too); one read as a JSON tree or as text is checked as
 * {@link InputText} says, which {@link CheckedStrings} does for the others.
 */
@ControllerAdvice
class RequestBodyGuard extends RequestBodyAdviceAdapter {

	/** 2 MB: a hundred times an order's longest content, far more than any form sends. */
	static final int MOST_BYTES = 2 * 1024 * 1024;

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		InputStream body = new Limited(message.getBody());
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return body;
			}

			@Override
			public HttpHeaders getHeaders() {
				return message.getHeaders();
			}

		};
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		if (body instanceof JsonNode tree) {
			check(tree, "");
		}
		else if (body instanceof String text) {
			InputText.checked(text, "body");
		}
		return body;
	}

	private static void check(JsonNode node, String path) {
		if (node.isString()) {
			InputText.checked(node.asString(), path.isEmpty() ? "body" : path);
		}
		else if (node.isObject()) {
			node.properties().forEach((property) -> {
				String field = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
				InputText.checked(property.getKey(), path.isEmpty() ? "body" : path);
				check(property.getValue(), field);
			});
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				check(node.get(i), path + "[" + i + "]");
			}
		}
	}

	/** The body, refused once it has given more than {@link #MOST_BYTES}. */
	private static final class Limited extends FilterInputStream {

		private long read;

		Limited(InputStream body) {
			super(body);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count((b < 0) ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count(skipped);
			return skipped;
		}

		private void count(long bytes) {
			this.read += bytes;
			if (this.read > MOST_BYTES) {
				throw Problem.tooLarge("request.body-too-large", MOST_BYTES / (1024 * 1024));
			}
		}

	}

}
