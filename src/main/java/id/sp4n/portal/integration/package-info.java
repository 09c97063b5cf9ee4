/**
 * Integration of regional systems (issue 16): connected systems with agency-scoped API keys, the Open311 GeoReport v2
 * server and the REST calls for connected systems, under their own stateless security (docs/0048). Complaints come in
 * through the complaint module's intake rules and are acted on through its casework, as the system's own account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration",
        allowedDependencies = {"agency", "audit", "category", "complaint", "identity",
                "region", "shared"})
package id.sp4n.portal.integration;
