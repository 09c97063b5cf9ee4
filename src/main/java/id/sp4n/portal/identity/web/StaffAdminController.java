package id.sp4n.portal.identity.web;

import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffAdministration;
import id.sp4n.portal.shared.InvalidRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /admin/petugas}: the staff of an agency, for its admins (and those above) and the national admin. */
@Controller
class StaffAdminController {

    private final StaffAdministration staff;

    StaffAdminController(StaffAdministration staff) {
        this.staff = staff;
    }

    @GetMapping("/admin/petugas")
    String list(@AuthenticationPrincipal PortalUser admin, @RequestParam(required = false) String agency, Model model) {
        String agencyCode = agency == null || agency.isBlank() ? admin.agencyCode() : agency.strip();
        model.addAttribute("agencyCode", agencyCode);
        model.addAttribute("accounts", staff.at(admin, agencyCode));
        model.addAttribute("roles", admin.role() == Role.NATIONAL_ADMIN
                ? new Role[] {Role.OFFICER, Role.AGENCY_ADMIN, Role.NATIONAL_ADMIN, Role.OVERSIGHT}
                : new Role[] {Role.OFFICER, Role.AGENCY_ADMIN});
        return "identity/staff";
    }

    @PostMapping("/admin/petugas")
    String create(@AuthenticationPrincipal PortalUser admin, @RequestParam String agency,
                  @RequestParam(required = false) String email, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String role, @RequestParam(required = false) String password) {
        staff.create(admin, email, name, role(role), agency, password);
        return back(agency, "tambah");
    }

    @PostMapping("/admin/petugas/{id}/peran")
    String changeRole(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, @RequestParam String agency,
                      @RequestParam(required = false) String role) {
        staff.changeRole(admin, id, role(role));
        return back(agency, "peran");
    }

    @PostMapping("/admin/petugas/{id}/undangan")
    String reinvite(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, @RequestParam String agency) {
        staff.reinvite(admin, id);
        return back(agency, "undangan");
    }

    @PostMapping("/admin/petugas/{id}/status")
    String setEnabled(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, @RequestParam String agency,
                      @RequestParam boolean enabled) {
        staff.setEnabled(admin, id, enabled);
        return back(agency, enabled ? "aktif" : "nonaktif");
    }

    @PostMapping("/admin/petugas/{id}/pimpinan")
    String setHead(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, @RequestParam String agency,
                   @RequestParam boolean head) {
        staff.setHead(admin, id, head);
        return back(agency, head ? "pimpinan" : "bukanPimpinan");
    }

    private static Role role(String value) {
        try {
            return Role.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("staff.error.role");
        }
    }

    private static String back(String agency, String done) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/petugas").queryParam("agency", agency)
                .queryParam("selesai", done).encode().build().toUriString();
    }
}
