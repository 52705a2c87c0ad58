package com.scoredesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** The module rules of docs/decisions.md, checked on every build. */
@AnalyzeClasses(packages = "com.scoredesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule scoring_uses_no_spring_jpa_or_vaadin = noClasses()
            .that()
            .resideInAPackage("com.scoredesk.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "com.vaadin..");

    @ArchTest
    static final ArchRule scoring_depends_on_nothing_of_the_app = noClasses()
            .that()
            .resideInAPackage("com.scoredesk.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.scoredesk.ui..", "com.scoredesk.app..", "com.scoredesk.shop..", "com.scoredesk.user..");

    @ArchTest
    static final ArchRule ui_never_uses_repositories = noClasses()
            .that()
            .resideInAPackage("com.scoredesk.ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule ui_never_uses_jpa = noClasses()
            .that()
            .resideInAPackage("com.scoredesk.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule entities_stay_in_the_domain = classes()
            .that()
            .areAnnotatedWith(jakarta.persistence.Entity.class)
            .should()
            .onlyBeAccessed()
            .byClassesThat()
            .resideOutsideOfPackages("com.scoredesk.ui..");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles =
            slices().matching("com.scoredesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule ui_packages_have_no_cycles =
            slices().matching("com.scoredesk.ui.(*)..").should().beFreeOfCycles();
}
