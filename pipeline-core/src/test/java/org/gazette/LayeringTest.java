package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The library's packages form layers: each may use only the packages below it, so no stage calls a
 * stage above it and there are no cycles. Bottom first: shared records, the 公文 vocabulary, I/O
 * helpers, the sources (TXT, OCR, PDF), then the stages in pipeline order, then {@link Pipeline}
 * and what runs it.
 */
class LayeringTest {
  private static final List<String> LAYERS =
      List.of(
          "model",
          "text",
          "nlp",
          "io",
          "read",
          "ocr",
          "pdf",
          "toc",
          "furniture",
          "table",
          "layout",
          "segment",
          "structure",
          "assemble",
          "links",
          "validate",
          "",
          "batch",
          "graph",
          "bench");

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.gazette");

  private static int rank(JavaClass c) {
    String pkg = c.getPackageName();
    String sub = pkg.equals("org.gazette") ? "" : pkg.substring("org.gazette.".length());
    int dot = sub.indexOf('.');
    int r = LAYERS.indexOf(dot < 0 ? sub : sub.substring(0, dot));
    if (r < 0) {
      throw new AssertionError(pkg + " is in no layer: add it to LAYERS");
    }
    return r;
  }

  @Test
  void noPackageUsesOneAboveIt() {
    assertTrue(CLASSES.size() > 50, "classes imported: " + CLASSES.size());
    Set<String> upward = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        if (target.getPackageName().startsWith("org.gazette") && rank(target) > rank(c)) {
          upward.add(c.getSimpleName() + " -> " + target.getName());
        }
      }
    }
    assertEquals(Set.of(), upward);
  }

  @Test
  void noCycles() {
    SlicesRuleDefinition.slices()
        .matching("org.gazette.(*)..")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }

  /** A source file is read in one sitting: no main source file of any module is over 300 lines. */
  @Test
  void noMainSourceFileIsOver300Lines() throws Exception {
    java.nio.file.Path root = Samples.folder().getParent();
    List<String> long_ = new java.util.ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
      for (java.nio.file.Path f :
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/main/java/"))
              .filter(p -> !p.toString().contains("/target/"))
              .toList()) {
        long n = java.nio.file.Files.readAllLines(f).size();
        if (n > 300) {
          long_.add(root.relativize(f) + ": " + n + " lines");
        }
      }
    }
    assertEquals(List.of(), long_);
  }
}
