/**
 * The hierarchy of government bodies: the national desk, central bodies, provincial and regency/city
 * governments and their units, stored as a materialized path. Depends on the region tree (by code only).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package id.sp4n.portal.agency;
