/**
 * Leadership involvement, measured (docs/0046): each agency head (a staff account marked so) receives a monthly
 * summary of the agency's figures and overdue complaints and acknowledges it in the portal; the acknowledgements
 * and the head's own audited actions are the ranking's leadership indicator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leadership involvement",
        allowedDependencies = {"agency", "audit", "identity", "shared", "statistics"})
package id.sp4n.portal.leadership;
