package org.lanyard.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lanyard.shared.FieldProblem;
import org.lanyard.shared.InvalidInputException;
import org.lanyard.shared.NotFoundException;
import org.lanyard.shared.TooLargeException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as an RFC 9457 problem, with one entry per bad input in {@code errors}, so that a caller can fix
 * all of them in one go.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	static final String TYPE_BASE = "https://lanyard.invalid/problems/";

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "The input is not valid", e.getMessage(),
				e.problems());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException e) {
		List<FieldProblem> problems = new ArrayList<>();
		e.getBindingResult().getFieldErrors().forEach(error -> problems.add(FieldProblem.of(error.getField(),
				error.getDefaultMessage() == null ? "This value is not valid." : error.getDefaultMessage())));
		e.getBindingResult().getGlobalErrors().forEach(error -> problems.add(FieldProblem.of(error.getObjectName(),
				error.getDefaultMessage() == null ? "Not valid." : error.getDefaultMessage())));
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "The input is not valid",
				problems.size() + " field(s) need attention.", problems);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		Throwable cause = e.getMostSpecificCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-field", "Unknown field",
					"The field '" + unknown.getPropertyName() + "' is not part of this request.",
					List.of(FieldProblem.of(path(unknown), "Unknown field: remove it or check its spelling. Known fields: "
							+ unknown.getKnownPropertyIds() + ".")));
		}
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "The input is not valid",
					"A field has a value of the wrong kind.",
					List.of(FieldProblem.of(path(databind), "This value is not of the right kind: " + shortMessage(databind))));
		}
		return problem(HttpStatus.BAD_REQUEST, "unreadable", "The request body could not be read",
				"Send a JSON object (or, for imports, a CSV file) as the body.", List.of());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noSuchPath(NoResourceFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is no such address in the API.", List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
				e.getMessage() == null ? "Your roles do not allow this." : e.getMessage(), List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Wrong content type",
				"Send this as one of: " + e.getSupportedMediaTypes() + ".", List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(HttpRequestMethodNotSupportedException e) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
				"This address does not take " + e.getMethod() + ".", List.of());
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail parameter(Exception e) {
		String name = e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
				: ((MethodArgumentTypeMismatchException) e).getName();
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "The input is not valid",
				"The parameter '" + name + "' is missing or not valid.", List.of(FieldProblem.of(name, "Missing or not valid.")));
	}

	@ExceptionHandler(TooLargeException.class)
	ProblemDetail tooLarge(TooLargeException e) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Too large", e.getMessage(),
				List.of(FieldProblem.of(e.field(), e.getMessage())));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Too large", "The upload is larger than allowed.",
				List.of());
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail, List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		if (!problems.isEmpty()) {
			problem.setProperty("errors", problems.stream().map(ApiProblems::entry).toList());
		}
		return problem;
	}

	private static Map<String, Object> entry(FieldProblem p) {
		Map<String, Object> entry = new LinkedHashMap<>();
		if (p.line() != null) {
			entry.put("line", p.line());
			entry.put("column", p.field());
		}
		entry.put("field", p.field());
		entry.put("message", p.message());
		if (p.rejectedValue() != null) {
			entry.put("rejectedValue", p.rejectedValue());
		}
		return entry;
	}

	private static String path(DatabindException e) {
		StringBuilder path = new StringBuilder();
		for (var reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String shortMessage(DatabindException e) {
		String message = e.getOriginalMessage();
		return message == null ? "" : message.length() > 160 ? message.substring(0, 157) + "..." : message;
	}

}
