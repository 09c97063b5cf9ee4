package id.sp4n.portal.system;

import id.sp4n.portal.PortalApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void shouldKeepModuleBoundaries() {
        modules.verify();
    }
}
