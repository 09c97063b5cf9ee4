/**
 * The hierarchy of government bodies: the national desk, central bodies, provincial and regency/city governments
 * and their units, stored as a materialized path, with the directory pages and API and their administration.
 * Refers to regions by code only; audits every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies",
        allowedDependencies = {"audit", "shared"})
package id.sp4n.portal.agency;
