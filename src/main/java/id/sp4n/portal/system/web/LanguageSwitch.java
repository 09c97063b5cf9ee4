package id.sp4n.portal.system.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The header's language link: the same page in the other language. It keeps the path and every query parameter
 * (a tracking number, the private link's key, a list's filters) and only sets {@code lang}; a page answered to a form
 * post links to the same address as a plain page, since the post itself cannot be repeated by a link.
 */
@Component("languageSwitch")
class LanguageSwitch {

    public String to(String language) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failedUri instanceof String uri ? uri : request.getRequestURI();
        StringBuilder link = new StringBuilder(path).append('?');
        if ("GET".equals(request.getMethod()) && failedUri == null) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (parameter.getKey().equals("lang")) {
                    continue;
                }
                for (String value : parameter.getValue()) {
                    link.append(encoded(parameter.getKey())).append('=').append(encoded(value)).append('&');
                }
            }
        }
        return link.append("lang=").append(encoded(language)).toString();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
