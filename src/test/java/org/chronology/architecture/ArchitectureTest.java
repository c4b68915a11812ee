package org.chronology.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules a newcomer relies on: features own their web and edit code, the shared web
 * shell knows no feature, resources delegate to services, the language algorithms know no
 * framework.
 */
class ArchitectureTest {

  /** Feature packages: each owns its entities, services, queries, pages and editing. */
  static final List<String> FEATURES =
      List.of("account", "actor", "article", "event", "quality", "revision");

  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chronology");
  }

  @Test
  void sharedWebShellImportsNoFeature() {
    String[] features =
        FEATURES.stream().map(f -> "org.chronology." + f + "..").toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage("org.chronology.web")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(features)
        .check(classes);
  }

  @Test
  void noFeatureReachesIntoAnotherFeaturesWebOrEdit() {
    for (String f : FEATURES) {
      for (String g : FEATURES) {
        if (f.equals(g)) {
          continue;
        }
        ArchRule rule =
            noClasses()
                .that()
                .resideInAPackage("org.chronology." + f + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                    "org.chronology." + g + ".web..", "org.chronology." + g + ".edit..")
                .allowEmptyShould(true);
        rule.check(classes);
      }
    }
  }

  /**
   * A resource validates, delegates and maps to a response: the queries live in the feature's query
   * services, so a resource neither holds the entity manager nor calls a Panache entity's methods
   * (find, list, count, persist…).
   */
  @Test
  void resourcesRunNoQueries() {
    noClasses()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(EntityManager.class.getName())
        .orShould()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a Panache entity's method",
                call -> call.getTarget().getOwner().isAssignableTo(PanacheEntityBase.class)))
        .check(classes);
  }

  /**
   * HQL reaches Hibernate through {@code db.Hql}, which lets one thread parse a new text while the
   * others wait: concurrent first parses of one text filled the heap once. (Panache's string
   * queries are left to the editors' and the start-up's single-threaded paths.)
   */
  @Test
  void hqlIsCreatedThroughTheSingleParseGuard() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.chronology.db.Hql")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "EntityManager.createQuery or createNamedQuery",
                call ->
                    call.getTarget().getOwner().isAssignableTo(EntityManager.class)
                        && (call.getName().equals("createQuery")
                            || call.getName().equals("createNamedQuery"))))
        .check(classes);
  }

  @Test
  void languageAlgorithmsKnowNoFramework() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.chronology.text..", "org.chronology.time..", "org.chronology.extraction..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..", "io.quarkus..", "io.vertx..", "org.hibernate..", "org.chronology.web..")
        .check(classes);
  }
}
