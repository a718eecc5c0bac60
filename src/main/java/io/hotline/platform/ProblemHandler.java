package io.hotline.platform;

import java.sql.SQLException;
import java.util.stream.Collectors;

import io.hotline.platform.CheckedStrings.RefusedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

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
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as problem+json with a {@code detail} that names the problem
 * in words: the field and what it takes, never a Java type or the database's own text
 * (which goes to the log).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

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

	/**
	 * A value the database cannot keep (SQL state class 22: too long for its column, a
	 * character it does not take) is bad input; anything else conflicts with what is
	 * stored (a duplicate, a missing reference).
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		log.warn("refused by the database: {}", rootMessage(ex));
		if (ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22")) {
			return problem(Problem.invalid("request.unstorable"));
		}
		return problem(Problem.conflict("record.conflict"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return problem(Problem.forbidden("access.denied"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		Object expected = Expectation.of(ex.getRequiredType());
		return problem((expected == null) ? Problem.invalid("request.bad-value", ex.getName(), ex.getValue())
				: Problem.invalid("request.parameter-expected", ex.getName(), ex.getValue(), expected));
	}

	/** A multipart form cut short or otherwise unreadable. */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail multipart(MultipartException ex) {
		log.debug("unreadable multipart request", ex);
		return problem(Problem.invalid("request.bad-multipart"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Problem problem = unreadable(ex);
		return handleExceptionInternal(ex, problem(problem), headers, problem.kind().status(), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getFieldErrors()
			.stream()
			.map((error) -> problem(fieldProblem(error)).getDetail())
			.collect(Collectors.joining("; "));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A field of a request's parameters or body: a value of the wrong kind (a word where
	 * a number goes) in words, never the converter's message with its Java types.
	 */
	private static Problem fieldProblem(org.springframework.validation.FieldError error) {
		if (error.isBindingFailure() && error.contains(org.springframework.beans.TypeMismatchException.class)) {
			Object expected = Expectation
				.of(error.unwrap(org.springframework.beans.TypeMismatchException.class).getRequiredType());
			return (expected == null) ? Problem.invalid("request.bad-value", error.getField(), error.getRejectedValue())
					: Problem.invalid("request.parameter-expected", error.getField(), error.getRejectedValue(),
							expected);
		}
		return Problem.invalid("request.bad-field", error.getField(), error.getDefaultMessage());
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, problem(Problem.tooLarge("request.too-large")), headers,
				HttpStatus.CONTENT_TOO_LARGE, request);
	}

	/**
	 * A refusal of our own made while the body was read (a string {@link InputText} does
	 * not take, a body too large, a value its record refuses), or what Jackson found, in
	 * words: the field and what it takes, or where the JSON breaks.
	 */
	private static Problem unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof Problem problem) {
				return problem;
			}
		}
		Throwable cause = ex.getCause();
		if (cause instanceof RefusedText refused) {
			return Problem.invalid(refused.key(), field(refused));
		}
		if (cause instanceof StreamReadException broken) {
			TokenStreamLocation at = broken.getLocation();
			return (at == null) ? Problem.invalid("request.bad-json-somewhere")
					: Problem.invalid("request.bad-json", at.getLineNr(), at.getColumnNr());
		}
		if (cause instanceof DatabindException databind) {
			String field = field(databind);
			Object expected = (databind instanceof MismatchedInputException mismatch)
					? Expectation.of(mismatch.getTargetType()) : null;
			if (field.isEmpty()) {
				return (expected == null) ? Problem.invalid("request.unreadable")
						: Problem.invalid("request.body-expected", expected);
			}
			return (expected == null) ? Problem.invalid("request.bad-field-value", field)
					: Problem.invalid("request.field-expected", field, expected);
		}
		if (cause instanceof JacksonException) {
			return Problem.invalid("request.bad-json-somewhere");
		}
		return Problem.invalid("request.unreadable");
	}

	/** The path of the field, as {@code caller.name} or {@code questions[2]}. */
	private static String field(JacksonException ex) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				field.append('[').append(ref.getIndex()).append(']');
			}
		}
		return field.toString();
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
