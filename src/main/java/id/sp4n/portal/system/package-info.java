/**
 * The portal's frame: security configuration, the embedded database for local runs, locale handling,
 * the layout, error pages and the home page. It may use the public API of every business module;
 * no business module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System",
        allowedDependencies = {"agency", "category", "identity", "shared"})
package id.sp4n.portal.system;
