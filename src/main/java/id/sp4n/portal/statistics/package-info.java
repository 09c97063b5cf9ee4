/**
 * Statistics: how well every body handles complaints. Keeps its own record of every complaint from the typed complaint
 * events alone (never reading the complaint module's tables), from which the figures are computed (docs/0036).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
        allowedDependencies = {"agency", "category", "complaint", "identity", "region", "shared", "sla"})
package id.sp4n.portal.statistics;
