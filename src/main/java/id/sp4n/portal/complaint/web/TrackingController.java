package id.sp4n.portal.complaint.web;

import id.sp4n.portal.shared.ReadsFromReplica;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.complaint.handling.ComplaintTracking;
import id.sp4n.portal.complaint.handling.TrackedComplaint;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Tracking: {@code /lacak} asks for a number; {@code /lacak/<number>} shows the complaint to the public, or
 * everything to its reporter (secret key of the private link, or signed in as the account that filed it).
 * A confidential or unknown number is a 404 either way, so the two cannot be told apart.
 */
@Controller
class TrackingController {

    private final ComplaintTracking tracking;
    private final TrailNarrator narrator;
    private final ReceiptPdf receipts;

    TrackingController(ComplaintTracking tracking, TrailNarrator narrator, ReceiptPdf receipts) {
        this.tracking = tracking;
        this.narrator = narrator;
        this.receipts = receipts;
    }

    @GetMapping("/lacak")
    String trackForm(@RequestParam(name = "nomor", required = false) String typed, Model model) {
        if (typed == null) {
            return "complaint/track-form";
        }
        return TrackingNumber.parse(typed).map(n -> "redirect:/lacak/" + n.value()).orElseGet(() -> {
            model.addAttribute("typed", typed);
            model.addAttribute("invalid", true);
            return "complaint/track-form";
        });
    }

    @ReadsFromReplica
    @GetMapping("/lacak/{number}")
    String track(@PathVariable String number, @RequestParam(name = "kunci", required = false) String key,
                 @AuthenticationPrincipal PortalUser user, CsrfToken csrf, Locale locale, Model model) {
        TrackedComplaint complaint = find(number, key, user);
        if (complaint.reporterView()) {
            // The reporter's forms come late in a long page: make the token (and its session) before the
            // response starts streaming, or it can no longer be created.
            csrf.getToken();
        }
        model.addAttribute("complaint", complaint);
        model.addAttribute("progress", ProgressLine.of(complaint));
        model.addAttribute("arrivals", narrator.arrivals(complaint, locale));
        // Newest first: the agency's latest answer or question is what the reader came for.
        model.addAttribute("conversation", newestFirst(complaint.messages()));
        model.addAttribute("originalConversation", newestFirst(complaint.outcome().originalMessages()));
        model.addAttribute("names", new Names(narrator, complaint, locale));
        model.addAttribute("narrator", narrator);
        model.addAttribute("key", complaint.reporterView() ? key : null);
        return "complaint/tracking";
    }

    static <T> List<T> newestFirst(List<T> chronological) {
        List<T> reversed = new ArrayList<>(chronological);
        Collections.reverse(reversed);
        return reversed;
    }

    /** The receipt as a PDF: the reporter's own (with the private link) for the key holder, else the public one. */
    @GetMapping("/lacak/{number}/tanda-terima.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String number, @RequestParam(name = "kunci", required = false) String key,
                                   @AuthenticationPrincipal PortalUser user, Locale locale) {
        TrackedComplaint complaint = find(number, key, user);
        String privateLink = complaint.reporterView() && key != null
                ? ServletLinks.privateTrackingLink(complaint.number(), key) : null;
        byte[] pdf = receipts.render(complaint, new Names(narrator, complaint, locale), ProgressLine.of(complaint),
                ServletLinks.trackingLink(complaint.number()), privateLink, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tanda-terima-" + complaint.trackingNumber() + ".pdf").build().toString())
                // A receipt with the private link must not sit in a shared cache.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    @GetMapping("/lacak/{number}/lampiran/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long id,
                                      @RequestParam(name = "kunci", required = false) String key,
                                      @AuthenticationPrincipal PortalUser user) {
        TrackedComplaint complaint = find(number, key, user);
        return tracking.attachment(complaint, id).map(TrackingController::download)
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number));
    }

    /** An attachment as a download that the browser must not render or sniff. */
    static ResponseEntity<byte[]> download(ComplaintTracking.StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private TrackedComplaint find(String number, String key, PortalUser user) {
        return TrackingNumber.parse(number)
                .flatMap(n -> tracking.find(n, key, user == null ? null : user.accountId()))
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number));
    }

    /** Display names of the codes a complaint refers to, in the reader's language. */
    record Names(String category, String province, String regency, String district, String door, String current,
                 String requested) {

        Names(TrailNarrator narrator, TrackedComplaint c, Locale locale) {
            this(narrator.categoryName(c.categoryCode(), locale), narrator.regionName(c.provinceCode()),
                    narrator.regionName(c.regencyCode()), narrator.regionName(c.districtCode()),
                    narrator.agencyName(c.doorAgencyCode()), narrator.agencyName(c.currentAgencyCode()),
                    narrator.agencyName(c.requestedAgencyCode()));
        }
    }
}
