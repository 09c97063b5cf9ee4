package id.sp4n.portal.system.web;

import java.util.Locale;

import id.sp4n.portal.shared.LocalizedException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as {@code {"status":…,"error":…,"message":…}}, the message in the caller's language.
 * Only the named exceptions are translated here; anything unexpected still reaches Boot's error handling.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandler {

    private final MessageSource messages;

    ApiErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(LocalizedException.class)
    ResponseEntity<ApiError> explained(LocalizedException exception, Locale locale) {
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(exception.getClass(), ResponseStatus.class);
        HttpStatus httpStatus = status == null ? HttpStatus.BAD_REQUEST : status.code();
        return error(httpStatus, messages.getMessage(exception.messageCode(), exception.arguments(), locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> wrongType(MethodArgumentTypeMismatchException exception, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, messages.getMessage("api.error.type",
                new Object[] {exception.getName(), String.valueOf(exception.getValue())}, locale));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException exception, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, messages.getMessage("api.error.missing",
                new Object[] {exception.getParameterName()}, locale));
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message));
    }

    record ApiError(int status, String error, String message) {
    }
}
