package id.sp4n.portal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first national admin (at the national desk) when the bootstrap properties are set and no
 * national admin exists yet. Once one exists the properties are ignored, so leaving them set is harmless;
 * remove them after the first start anyway so the password does not linger in the environment.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    static final String NATIONAL_DESK = "kemenpanrb";

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final BootstrapAdminProperties properties;
    private final StaffEnrolment staff;

    BootstrapAdmin(BootstrapAdminProperties properties, StaffEnrolment staff) {
        this.properties = properties;
        this.staff = staff;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.adminEmail() == null || properties.adminEmail().isBlank()) {
            return;
        }
        if (staff.hasNationalAdmin()) {
            log.info("A national admin exists already; portal.bootstrap.* is ignored");
            return;
        }
        staff.enrolIfAbsent(properties.adminEmail(), properties.adminPassword(), "Admin Nasional", Role.NATIONAL_ADMIN,
                NATIONAL_DESK);
        log.warn("Created the first national admin {}; remove portal.bootstrap.* from the configuration now",
                properties.adminEmail());
    }
}
