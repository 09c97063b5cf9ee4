package id.sp4n.portal.system.web;

import java.util.Locale;

import id.sp4n.portal.shared.LocalizedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Named exceptions from page controllers render the portal's error page with the status code and an
 * explanation in the reader's language. Runs after {@link ApiErrorHandler}, which takes the JSON API.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    private final MessageSource messages;

    PageErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(LocalizedException.class)
    String explained(LocalizedException exception, Locale locale, Model model, HttpServletResponse response) {
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(exception.getClass(), ResponseStatus.class);
        HttpStatus httpStatus = status == null ? HttpStatus.BAD_REQUEST : status.code();
        if (httpStatus == HttpStatus.CONFLICT) {
            // A rule refused the action (nobody changed anything in between): say so, not "changed by someone else".
            model.addAttribute("titleKey", "error.refused.title");
        }
        return errorPage(httpStatus, messages.getMessage(exception.messageCode(), exception.arguments(), locale),
                model, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String wrongType(MethodArgumentTypeMismatchException exception, Locale locale, Model model,
                     HttpServletResponse response) {
        return errorPage(HttpStatus.BAD_REQUEST, messages.getMessage("api.error.type",
                new Object[] {exception.getName(), String.valueOf(exception.getValue())}, locale), model, response);
    }

    private static String errorPage(HttpStatus status, String explanation, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("explanation", explanation);
        return "error";
    }
}
