/**
 * Demo history: a fresh embedded database can start with months of realistic complaints and their events, so a
 * newcomer sees live figures at once (docs/0038). Never with an external database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo history",
        allowedDependencies = {"agency", "audit", "complaint", "policy", "programme", "routing", "sla", "statistics", "shared"})
package id.sp4n.portal.demo;
