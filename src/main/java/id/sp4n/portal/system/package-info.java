/**
 * The portal's frame: security configuration, the embedded database for local runs, locale handling, the layout
 * with the navigation the modules contribute, error pages, the home page and the administration index. No
 * business module depends on it, and adding a module needs no change here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System",
        allowedDependencies = {"agency", "category", "shared"})
package id.sp4n.portal.system;
