package id.sp4n.portal.system.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Form objects are filled from the form's fields only. Spring MVC also binds request headers whose names match
 * a field (a header {@code Title} would fill an empty title); that is never wanted here, and enumerating every
 * header through the security firewall was a noticeable part of each form post's CPU time.
 */
@ControllerAdvice
class FormBindingAdvice {

    @InitBinder
    void bindFormFieldsOnly(WebDataBinder binder) {
        if (binder instanceof ExtendedServletRequestDataBinder requestBinder) {
            requestBinder.setHeaderPredicate(header -> false);
        }
    }
}
