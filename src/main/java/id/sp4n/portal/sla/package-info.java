/**
 * Service-level time: the working-day calendar (weekends, national holidays and collective leave kept by the
 * national admin year by year, the fixed-date holidays of every year, regional holidays) in each agency's time
 * zone, and the holiday pages. Publishes {@link id.sp4n.portal.sla.HolidaysChanged} so that the clocks of open
 * complaints are recomputed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time limits",
        allowedDependencies = {"agency", "audit", "identity", "region", "shared"})
package id.sp4n.portal.sla;
