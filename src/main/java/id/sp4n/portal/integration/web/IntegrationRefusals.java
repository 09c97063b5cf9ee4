package id.sp4n.portal.integration.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.sp4n.portal.shared.LocalizedException;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals written before a controller runs (no key, a wrong key, over budget, not allowed) in the shape the caller
 * reads: Open311's list of code and description under {@code /open311}, the portal API's status, error and message
 * under {@code /api}. The language is the caller's {@code Accept-Language}: English when it asks for it, else
 * Indonesian.
 */
@Component
class IntegrationRefusals {

    private final MessageSource messages;
    private final JsonMapper json;

    IntegrationRefusals(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageCode,
               Object... arguments) throws IOException {
        String message = messages.getMessage(messageCode, arguments, locale(request));
        ResponseEntity<byte[]> answer = request.getRequestURI().startsWith(request.getContextPath() + "/open311")
                ? open311(Open311Document.Format.ofPath(request.getRequestURI()), status, message, json)
                : ResponseEntity.status(status).header("Content-Type", "application/json")
                .body(json.writeValueAsBytes(Open311Document.fields("status", status.value(),
                        "error", status.getReasonPhrase(), "message", message)));
        response.setStatus(status.value());
        response.setContentType(answer.getHeaders().getContentType().toString());
        response.getOutputStream().write(answer.getBody());
    }

    /** A refusal of the portal API's calls: status, error, message, and the refused fields (none here). */
    record RefusedJson(int status, String error, String message, List<FieldJson> fields) {
    }

    record FieldJson(String field, String message) {
    }

    /** A refusal thrown by a REST call of a connected system, with the status its exception names (400 if none). */
    ResponseEntity<RefusedJson> api(LocalizedException refusal, HttpServletRequest request) {
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(refusal.getClass(), ResponseStatus.class);
        HttpStatus code = status == null ? HttpStatus.BAD_REQUEST : status.code();
        return ResponseEntity.status(code).body(new RefusedJson(code.value(), code.getReasonPhrase(),
                messages.getMessage(refusal.messageCode(), refusal.arguments(), locale(request)), List.of()));
    }

    static ResponseEntity<byte[]> open311(Open311Document.Format format, HttpStatus status, String description,
                                          JsonMapper json) {
        return Open311Document.list("errors", "error",
                        List.of(Open311Document.fields("code", String.valueOf(status.value()), "description", description)))
                .answer(format, status, json);
    }

    static Locale locale(HttpServletRequest request) {
        String wanted = request.getHeader("Accept-Language");
        return wanted != null && wanted.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("id");
    }
}
