package id.sp4n.portal.agency.web;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import org.springframework.stereotype.Component;

/** Agency names for any page ({@code ${@agencyNames.of(code)}}); the code of an agency gone stays shown. */
@Component("agencyNames")
public class AgencyNames {

    private final AgencyHierarchy agencies;

    AgencyNames(AgencyHierarchy agencies) {
        this.agencies = agencies;
    }

    public String of(String code) {
        return agencies.tree().find(code).map(AgencyNode::name).orElse(String.valueOf(code));
    }
}
