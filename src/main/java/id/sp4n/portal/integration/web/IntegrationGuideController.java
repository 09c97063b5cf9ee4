package id.sp4n.portal.integration.web;

import id.sp4n.portal.shared.PortalAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The integrator's guide (Indonesian, or English when chosen), with examples against this portal's own address. */
@Controller
class IntegrationGuideController {

    private final PortalAddress address;

    IntegrationGuideController(PortalAddress address) {
        this.address = address;
    }

    @GetMapping("/integrasi")
    String guide(Model model) {
        model.addAttribute("base", address.publicUrl());
        return "integration/guide";
    }
}
