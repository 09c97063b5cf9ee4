package id.sp4n.portal.agency;

/**
 * The signed-in staff member as the agency administration pages need them. Implemented by the identity module's
 * user (which may use agencies; agencies may not use identity), so the pages take it as their principal.
 */
public interface AgencyAdministrator {

    AgencyAdministration.Admin asAgencyAdministrator();
}
