/**
 * No-wrong-door routing: decides which agency has authority over a complaint (responsibility rules, else the
 * category's default tier and handler) and walks it there from the door it came in by, up to a common
 * ancestor and down, recording every hop with its rule and reason. Listens to ComplaintSubmitted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing",
        allowedDependencies = {"agency", "audit", "category", "complaint", "identity", "region", "shared"})
package id.sp4n.portal.routing;
