/**
 * Service-level time: the working-day calendar (weekends, national holidays, collective leave, regional
 * holidays) in each agency's time zone. Later also deadlines, warnings and escalation. Depends on agencies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time limits")
package id.sp4n.portal.sla;
