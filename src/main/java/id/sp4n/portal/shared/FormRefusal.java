package id.sp4n.portal.shared;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An administration form a rule refused, shown again (fragment {@code fragments/forms :: refusal}): the status of
 * the refusal (400 unless it says otherwise, e.g. 409 for a stale form), its message at the top and beside the field
 * it concerns; the page keeps what was typed.
 */
public final class FormRefusal {

    private FormRefusal() {
    }

    /**
     * {@code fieldOfProblem}: the field each message key concerns; {@code idPrefix}: the field's element id is the
     * prefix and the field's name.
     */
    public static void show(LocalizedException refusal, Map<String, String> fieldOfProblem, String idPrefix,
                            MessageSource messages, Locale locale, Model model, HttpServletResponse response) {
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(refusal.getClass(), ResponseStatus.class);
        response.setStatus(status == null ? HttpStatus.BAD_REQUEST.value() : status.code().value());
        String field = fieldOfProblem.get(refusal.messageCode());
        model.addAttribute("problem", messages.getMessage(refusal.messageCode(), refusal.arguments(), locale));
        model.addAttribute("problemField", field);
        model.addAttribute("problemFieldId", field == null ? null : idPrefix + field);
    }
}
