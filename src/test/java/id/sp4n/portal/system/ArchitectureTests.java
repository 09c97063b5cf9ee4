package id.sp4n.portal.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The code-shape rules of style.md that Spring Modulith does not check by itself. */
class ArchitectureTests {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.sp4n.portal");

    @Test
    void entitiesShouldNotLeaveTheirModule() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(PORTAL);
    }

    @Test
    void repositoriesShouldNotLeaveTheirModule() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(PORTAL);
    }

    @Test
    void controllersShouldLiveInWebPackagesAndStayPrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..").andShould().notBePublic().check(PORTAL);
    }

    @Test
    void namesShouldSayWhatThingsAre() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(PORTAL);
    }

    @Test
    void webLayerShouldNotBeUsedByTheDomain() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("id.sp4n.portal..web..").check(PORTAL);
    }
}
