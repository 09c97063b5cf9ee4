/**
 * Shared kernel: the few types every module may use (named exceptions for the web layer,
 * seed-migration plumbing, the embedded-database condition). Deliberately small and free of business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.sp4n.portal.shared;
