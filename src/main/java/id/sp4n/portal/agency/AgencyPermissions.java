package id.sp4n.portal.agency;

import org.springframework.stereotype.Service;

/**
 * Who may do what to agencies, asked by {@link AgencyAdministration}'s actions and by the pages that offer them, so
 * that a page never offers what the action would refuse. Agency admins act inside their own subtree, the national
 * admin everywhere. Answers from the in-memory tree, outside any transaction: a page asks once per row.
 */
@Service
public class AgencyPermissions {

    private final AgencyHierarchy hierarchy;

    AgencyPermissions(AgencyHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** Name, contacts and door: the agency admin's own agency and everything below it. */
    public boolean mayEdit(AgencyAdministration.Admin admin, String code) {
        return admin.national() || hierarchy.tree().isWithin(code, admin.agencyCode());
    }

    /** Agency admins add units to the governments of their subtree; the national admin adds anything but units' children. */
    public boolean mayAddBelow(AgencyAdministration.Admin admin, String parentCode) {
        AgencyTree tree = hierarchy.tree();
        AgencyTier tier = tree.find(parentCode).map(AgencyNode::tier).orElse(AgencyTier.UNIT);
        if (admin.national()) {
            return tier != AgencyTier.UNIT;
        }
        return (tier == AgencyTier.PROVINCE || tier == AgencyTier.REGENCY) && tree.isWithin(parentCode, admin.agencyCode());
    }

    /** Moving changes who covers which region: the national admin's decision alone. */
    public boolean mayMove(AgencyAdministration.Admin admin) {
        return admin.national();
    }

    /** Agency admins deactivate agencies strictly below their own; nobody deactivates the national desk. */
    public boolean mayDeactivate(AgencyAdministration.Admin admin, String code) {
        AgencyTree tree = hierarchy.tree();
        if (tree.find(code).map(AgencyNode::isRoot).orElse(true)) {
            return false;
        }
        return admin.national() || (!code.equals(admin.agencyCode()) && tree.isWithin(code, admin.agencyCode()));
    }
}
