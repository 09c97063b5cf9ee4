/**
 * Evaluation: how the government judges the bodies connected to the portal — rankings by class ({@code /peringkat})
 * and Kemendagri's grades of regional governments — from the statistics module's figures and a published, versioned
 * method kept as data (docs/0043).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
        allowedDependencies = {"agency", "audit", "identity", "leadership", "policy", "shared", "statistics"})
package id.sp4n.portal.evaluation;
