package id.sp4n.portal.evaluation;

import java.util.Arrays;
import java.util.Optional;

import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.agency.AgencyTier;

/**
 * The classes bodies are ranked in, as the yearly competition has them: a body competes only with its own kind. The
 * national desk, the coordinator and the oversight bodies are not ranked (they judge).
 */
public enum BodyClass {
    MINISTRY_AGENCY("kementerian-lembaga"), PROVINCE("provinsi"), REGENCY("kabupaten"), CITY("kota"),
    STATE_ENTERPRISE("bumn"), SERVICE_UNIT("unit-layanan");

    private final String slug;

    BodyClass(String slug) {
        this.slug = slug;
    }

    /** How the class is named in addresses ({@code /peringkat/kabupaten}). */
    public String slug() {
        return slug;
    }

    /** Regional governments: the classes Kemendagri grades. */
    public boolean isRegionalGovernment() {
        return this == PROVINCE || this == REGENCY || this == CITY;
    }

    public static Optional<BodyClass> bySlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }

    /** The class of an agency of the tree, by its kind (seed data) and tier; empty for bodies that are not ranked. */
    public static Optional<BodyClass> of(AgencyNode agency) {
        if (agency.tier() == AgencyTier.UNIT) {
            return Optional.of(SERVICE_UNIT);
        }
        return Optional.ofNullable(switch (agency.kind()) {
            case "MINISTRY", "AGENCY" -> MINISTRY_AGENCY;
            case "PROVINCIAL_GOVERNMENT" -> PROVINCE;
            case "REGENCY_GOVERNMENT" -> REGENCY;
            case "CITY_GOVERNMENT" -> CITY;
            case "STATE_ENTERPRISE" -> STATE_ENTERPRISE;
            default -> null;
        });
    }
}
