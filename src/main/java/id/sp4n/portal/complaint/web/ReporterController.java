package id.sp4n.portal.complaint.web;

import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.complaint.handling.ReporterFollowUp;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reporter's answers on the tracking page: reply, accept, rate, reopen. The forms carry the secret key of
 * the private link ({@code kunci}) when the reporter came that way; a signed-in reporter needs none.
 */
@Controller
class ReporterController {

    private final ReporterFollowUp followUp;

    ReporterController(ReporterFollowUp followUp) {
        this.followUp = followUp;
    }

    @PostMapping("/lacak/{number}/balas")
    RedirectView reply(@PathVariable String number, @RequestParam(name = "kunci", required = false) String key,
                       @AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String text) {
        followUp.reply(parse(number), proof(key, user), text);
        return back(number, key, "balas");
    }

    @PostMapping("/lacak/{number}/terima")
    RedirectView accept(@PathVariable String number, @RequestParam(name = "kunci", required = false) String key,
                        @AuthenticationPrincipal PortalUser user) {
        followUp.accept(parse(number), proof(key, user));
        return back(number, key, "terima");
    }

    @PostMapping("/lacak/{number}/nilai")
    RedirectView rate(@PathVariable String number, @RequestParam(name = "kunci", required = false) String key,
                      @AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer stars,
                      @RequestParam(required = false) String comment) {
        followUp.rate(parse(number), proof(key, user), stars, comment);
        return back(number, key, "nilai");
    }

    @PostMapping("/lacak/{number}/buka-kembali")
    RedirectView reopen(@PathVariable String number, @RequestParam(name = "kunci", required = false) String key,
                        @AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String reason) {
        followUp.reopen(parse(number), proof(key, user), reason);
        return back(number, key, "bukaKembali");
    }

    @PostMapping("/lacak/{number}/ombudsman")
    RedirectView referToOmbudsman(@PathVariable String number,
                                  @RequestParam(name = "kunci", required = false) String key,
                                  @AuthenticationPrincipal PortalUser user) {
        followUp.referToOmbudsman(parse(number), proof(key, user));
        return back(number, key, "ombudsman");
    }

    private static ReporterFollowUp.Proof proof(String key, PortalUser user) {
        return new ReporterFollowUp.Proof(key == null || key.isBlank() ? null : key,
                user == null ? null : user.accountId());
    }

    private static RedirectView back(String number, String key, String action) {
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/lacak/" + number).queryParam("selesai", action);
        if (key != null && !key.isBlank()) {
            target.queryParam("kunci", key);
        }
        return new RedirectView(target.encode().build().toUriString(), true);
    }

    private static TrackingNumber parse(String number) {
        return TrackingNumber.parse(number)
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number));
    }
}
