package io.hotline.platform;

import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as problem+json with a {@code detail} that names the problem.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	/** The problem, with a {@code Retry-After} in whole seconds where it says when. */
	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> refused(Problem problem) {
		ProblemDetail detail = problem(problem);
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(detail.getStatus());
		if (problem.retryAfter() != null) {
			long seconds = Math.max(1, (problem.retryAfter().toMillis() + 999) / 1000);
			answer.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		}
		return answer.body(detail);
	}

	private static ProblemDetail problem(Problem problem) {
		HttpStatus status = problem.kind().status();
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(status,
				ProblemMessages.text(problem, LocaleContextHolder.getLocale()));
		problem.properties().forEach(detail::setProperty);
		return detail;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleOrder(OptimisticLockingFailureException ex) {
		return problem(Problem.conflict("record.stale"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		return problem(Problem.conflict("record.conflict", rootMessage(ex)));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return problem(Problem.forbidden("access.denied"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(Problem.invalid("request.bad-value", ex.getName(), ex.getValue()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, problem(unreadable(ex)), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getFieldErrors()
			.stream()
			.map((error) -> problem(Problem.invalid("request.bad-field", error.getField(), error.getDefaultMessage()))
				.getDetail())
			.collect(Collectors.joining("; "));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, problem(Problem.tooLarge("request.too-large")), headers,
				HttpStatus.CONTENT_TOO_LARGE, request);
	}

	/** Jackson's own explanation follows, untranslated, the field it is about. */
	private static Problem unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map((ref) -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."));
			return Problem.invalid("request.bad-field", field, databind.getOriginalMessage());
		}
		if (cause instanceof JacksonException jackson) {
			return Problem.invalid("request.bad-json", jackson.getOriginalMessage());
		}
		return Problem.invalid("request.unreadable");
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}

}
