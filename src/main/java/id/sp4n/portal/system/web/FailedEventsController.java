package id.sp4n.portal.system.web;

import id.sp4n.portal.system.EventDeliveries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin/peristiwa-gagal}: deliveries still being retried and those given up on (national admin). */
@Controller
class FailedEventsController {

    private final EventDeliveries deliveries;

    FailedEventsController(EventDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/admin/peristiwa-gagal")
    String list(Model model) {
        model.addAttribute("overview", deliveries.overview());
        return "system/failed-events";
    }
}
