package id.sp4n.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on the test database, with MockMvc, the development mailbox switched on (to test who may read
 * it), without the submission quota (tests file many complaints from one address), and a {@link StaffMother} to
 * autowire. Every class with this annotation shares one Spring context: use it unless a test really needs other
 * settings, and say why when it does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {"portal.intake.submissions-per-hour=0", "portal.notification.dev-mailbox=true"})
@AutoConfigureMockMvc
@Import(StaffMother.class)
public @interface PortalTest {
}
