/**
 * The official Kemendagri region tree: provinces, regencies/cities and districts with population.
 * Read-only reference data loaded by Flyway; depends on nothing but the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions",
        allowedDependencies = {"shared"})
package id.sp4n.portal.region;
