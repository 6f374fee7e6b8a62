package com.shopagent.http.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the Akka pins of the packaged agent ({@code target/lib}, what {@code bin/agent} runs):
 * one version across Akka's core modules, no release whose Business Source License has not yet
 * turned into Apache 2.0, and none that checks for a license key (2.8.7 and later stop the actor
 * system after 15 minutes without one). Upgrading means adding the release to {@link #RELEASES}
 * with the change date read from its LICENSE file.
 */
class AkkaLicenseIT {
  /** One Akka product: how to recognise its jars, and the releases we know the terms of. */
  record Product(String name, Pattern jar, Map<String, Terms> releases) {}

  /** A release's BSL change date (Apache 2.0 from then on), or that it asks for a license key. */
  record Terms(LocalDate changeDate, boolean licenseKeyCheck) {
    static Terms apacheFrom(String date) {
      return new Terms(LocalDate.parse(date), false);
    }

    static Terms keyCheck() {
      return new Terms(LocalDate.MAX, true);
    }
  }

  // Dates from each release's LICENSE file ("Change Date"). Order matters: specific names first.
  static final List<Product> RELEASES = List.of(
      new Product("akka-http", Pattern.compile("akka-(http|parsing)[a-z-]*_2\\.13-(.+)\\.jar"), Map.of(
          "10.5.3", Terms.apacheFrom("2026-10-16"))),
      new Product("alpakka-kafka", Pattern.compile("akka-stream-kafka[a-z-]*_2\\.13-(.+)\\.jar"), Map.of(
          "4.0.2", Terms.apacheFrom("2025-10-25"))),
      new Product("akka-persistence-jdbc", Pattern.compile("akka-persistence-jdbc_2\\.13-(.+)\\.jar"), Map.of(
          "5.2.1", Terms.apacheFrom("2026-02-21"))),
      new Product("akka-projection", Pattern.compile("akka-projection-[a-z-]+_2\\.13-(.+)\\.jar"), Map.of(
          "1.4.0", Terms.apacheFrom("2026-05-11"))),
      new Product("akka", Pattern.compile("akka-[a-z0-9-]+_2\\.13-(.+)\\.jar"), Map.of(
          "2.8.5", Terms.apacheFrom("2026-09-20"),
          "2.8.6", Terms.apacheFrom("2027-06-27"),
          "2.8.7", Terms.keyCheck(),
          "2.8.8", Terms.keyCheck())));

  private static List<Path> akkaJars;

  @BeforeAll
  static void packagedLibs() throws IOException {
    Path lib = Path.of("target", "lib");
    assertTrue(Files.isDirectory(lib), "run after `package`: " + lib.toAbsolutePath() + " is missing");
    try (Stream<Path> files = Files.list(lib)) {
      akkaJars = files.filter(p -> p.getFileName().toString().startsWith("akka-")).sorted().toList();
    }
    assertFalse(akkaJars.isEmpty(), "no Akka jar in " + lib.toAbsolutePath());
  }

  @Test
  void every_akka_jar_is_a_release_whose_license_is_apache_today() {
    List<String> problems = new ArrayList<>();
    LocalDate today = LocalDate.now();
    for (Path jar : akkaJars) {
      String file = jar.getFileName().toString();
      Product product = productOf(file);
      String version = versionOf(product, file);
      Terms terms = product.releases().get(version);
      if (terms == null) {
        problems.add(file + ": " + product.name() + " " + version + " is not in the table; read its LICENSE"
            + " change date (and whether it needs akka.license-key) before adding it");
      } else if (terms.licenseKeyCheck()) {
        problems.add(file + ": " + product.name() + " " + version + " stops without a license key after 15 minutes");
      } else if (terms.changeDate().isAfter(today)) {
        problems.add(file + ": " + product.name() + " " + version + " is under the BSL until " + terms.changeDate());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void all_akka_core_modules_share_one_version() {
    Product core = RELEASES.get(RELEASES.size() - 1);
    TreeMap<String, TreeSet<String>> jarsByVersion = new TreeMap<>();
    for (Path jar : akkaJars) {
      String file = jar.getFileName().toString();
      if (productOf(file) == core) {
        jarsByVersion.computeIfAbsent(versionOf(core, file), v -> new TreeSet<>()).add(file);
      }
    }
    assertEquals(List.of("2.8.5"), List.copyOf(jarsByVersion.keySet()), "Akka core versions: " + jarsByVersion);
  }

  @Test
  void no_akka_jar_asks_for_a_license_key() throws IOException {
    for (Path jar : akkaJars) {
      try (JarFile j = new JarFile(jar.toFile())) {
        var entry = j.getEntry("reference.conf");
        if (entry == null) {
          continue;
        }
        try (InputStream in = j.getInputStream(entry)) {
          String conf = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          assertFalse(conf.contains("license-key"), jar.getFileName() + " has a license-key setting");
        }
      }
    }
  }

  private static Product productOf(String file) {
    return RELEASES.stream().filter(p -> p.jar().matcher(file).matches()).findFirst()
        .orElseThrow(() -> new AssertionError("an Akka jar no product row recognises: " + file));
  }

  private static String versionOf(Product product, String file) {
    Matcher m = product.jar().matcher(file);
    if (!m.matches()) {
      throw new AssertionError(file);
    }
    return m.group(m.groupCount());
  }
}
