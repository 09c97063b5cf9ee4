package id.sp4n.portal.system.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the servlet container (a refused request, a page that threw, a 404 without a controller)
 * is answered in the portal's own formats: the error page in the person's language for a browser (which asks for
 * HTML), and for every other client the JSON body README documents, {@code {"status":…,"error":…,"message":…}}.
 * Never the container's page.
 */
@Controller
class PortalErrorController implements ErrorController {

    private final MessageSource messages;

    PortalErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        HttpStatus status = statusOf(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        String explanation = (String) request.getAttribute(RequestHygiene.EXPLANATION);
        if (explanation != null) {
            model.addAttribute("explanation", messages.getMessage(explanation, null, locale));
        }
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ApiErrorHandler.ApiError> body(HttpServletRequest request, Locale locale) {
        HttpStatus status = statusOf(request);
        String key = (String) request.getAttribute(RequestHygiene.EXPLANATION);
        String message = messages.getMessage(key != null ? key : "error." + status.value() + ".text", null,
                messages.getMessage("error.other.text", null, locale), locale);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiErrorHandler.ApiError(status.value(), status.getReasonPhrase(), message));
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
