package dev.esrlink.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.esrlink.store.Item;
import org.junit.jupiter.api.Test;

/**
 * Storage names live in {@code store/} only (CONTRIBUTING.md): outside it no class names an item's
 * attribute or builds its key, so no feature calls the methods of {@link Item} that take an
 * attribute name or a key. Features read and write the stored kinds through the classes of {@code
 * store/} that declare them.
 */
class StorageNamesTest {
  private static final JavaClasses FUNCTIONS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.esrlink");

  @Test
  void onlyTheStoreNamesAttributesAndKeys() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.esrlink.store..")
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a method of Item taking an attribute name or a key",
                call ->
                    call.getTargetOwner().isEquivalentTo(Item.class)
                        && (call.getName().equals("keyed")
                            || call.getTarget().getRawParameterTypes().stream()
                                .anyMatch(t -> t.isEquivalentTo(String.class)))))
        .check(FUNCTIONS);
  }
}
