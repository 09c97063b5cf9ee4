/**
 * The append-only audit log: who did what to which object, when, with the state before and after. Written by
 * the modules that change things (casework, administration), read on the audit pages; never updated or deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log",
        allowedDependencies = {"shared"})
package id.sp4n.portal.audit;
