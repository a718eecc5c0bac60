package io.hotline.platform;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses a query, form (multipart included) or path parameter whose name or value
 * {@link InputText} does not take, naming it, before any endpoint sees it. It runs after
 * the multipart form was read and the handler chosen, so that the refusal is answered as
 * the handler's own (problem+json, or Open311's list of errors).
 */
class ParameterGuard implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() != DispatcherType.REQUEST) {
			// an error page of a request already answered (or refused)
			return true;
		}
		request.getParameterMap().forEach((name, values) -> {
			String field = InputText.fault(name) == null ? name : printable(name);
			InputText.checked(name, field);
			for (String value : values) {
				InputText.checked(value, field);
			}
		});
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			variables.forEach((name, value) -> InputText.checked(String.valueOf(value), String.valueOf(name)));
		}
		return true;
	}

	/** A name that cannot be shown as it is, with what is wrong in it replaced. */
	private static String printable(String name) {
		StringBuilder shown = new StringBuilder();
		name.codePoints()
			.forEach((c) -> shown.appendCodePoint(InputText.fault(Character.toString(c)) == null ? c : '\uFFFD'));
		return shown.toString();
	}

}
