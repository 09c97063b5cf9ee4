/**
 * The yearly competition (Kompetisi Pengelolaan Pengaduan Pelayanan Publik, docs/0047): the national admin opens a
 * round with its classes and dates; an agency admin registers the agency and fills the self-assessment with evidence;
 * the criteria the portal measures are filled from its figures and cannot be edited; evaluators (oversight accounts)
 * score the rest with comments; the round publishes the Top 10 per class. Everything audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competition",
        allowedDependencies = {"agency", "audit", "evaluation", "identity", "shared"})
package id.sp4n.portal.competition;
