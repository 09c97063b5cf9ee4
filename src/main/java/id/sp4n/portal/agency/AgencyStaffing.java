package id.sp4n.portal.agency;

import java.util.Set;

/**
 * Which agencies have active staff (an enabled officer or administrator account), as the tree needs to know it:
 * implemented by the identity module (which depends on this one). An agency without staff cannot act on what it
 * holds, so its nearest ancestor with staff works it for it (see {@link AgencyTree#workingAgency}).
 */
public interface AgencyStaffing {

    /** The codes of every agency with at least one active staff account. */
    Set<String> staffedAgencies();
}
