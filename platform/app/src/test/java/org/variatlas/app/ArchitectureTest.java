package org.variatlas.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of ARCHITECTURE.md honest: the engine and the plugin API depend on no
 * framework, only repositories touch jOOQ, and the app's features do not form cycles. (That
 * plugins import only the API is checked on each built plugin jar by the test kit's
 * TopicContract.)
 */
class ArchitectureTest {

  private static JavaClasses app;
  private static JavaClasses engine;
  private static JavaClasses api;

  @BeforeAll
  static void importClasses() {
    ClassFileImporter importer =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    app = importer.importPackages("org.variatlas.app");
    engine = importer.importPackages("org.variatlas.engine");
    api = importer.importPackages("org.variatlas.api");
  }

  @Test
  void the_engine_depends_on_no_framework() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "org.jooq..", "com.vaadin..", "org.pf4j..", "jakarta..")
        .check(engine);
  }

  @Test
  void the_engine_does_not_know_the_app_or_the_plugin_api() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.variatlas.app..", "org.variatlas.api..")
        .check(engine);
  }

  @Test
  void the_plugin_api_uses_no_spring_and_no_jooq_and_vaadin_only_in_its_ui_kit() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.jooq..", "org.variatlas.app..")
        .check(api);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.variatlas.api.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.vaadin..")
        .check(api);
  }

  @Test
  void only_repositories_and_generated_code_touch_jooq() {
    noClasses()
        .that()
        .haveSimpleNameNotEndingWith("Repository")
        .and()
        .resideOutsideOfPackage("org.variatlas.app.db..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jooq..", "org.variatlas.app.db..")
        .check(app);
  }

  @Test
  void features_of_the_app_have_no_cycles() {
    slices()
        .matching("org.variatlas.app.(*)..")
        .should()
        .beFreeOfCycles()
        .check(app);
  }
}
