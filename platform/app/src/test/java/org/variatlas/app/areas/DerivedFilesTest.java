package org.variatlas.app.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a geography pack derives from its files is kept for the next start with the same files. */
class DerivedFilesTest {

  @Test
  void a_kept_map_is_read_instead_of_computed(@TempDir Path dir) {
    AtomicInteger computed = new AtomicInteger();
    DerivedFiles files = new DerivedFiles(dir);
    Map<String, String> first =
        files.get(
            "k",
            () -> {
              computed.incrementAndGet();
              return Map.of("0301", "oslo");
            });
    Map<String, String> again = new DerivedFiles(dir).get("k", () -> Map.of("x", "wrong"));
    assertThat(again).isEqualTo(first).containsEntry("0301", "oslo");
    assertThat(computed).hasValue(1);
  }

  @Test
  void an_unreadable_kept_file_is_computed_again(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("k.tsv"), "no tab here\n");
    assertThat(new DerivedFiles(dir).get("k", () -> Map.of("a", "b"))).containsEntry("a", "b");
    assertThat(Files.readString(dir.resolve("k.tsv"))).isEqualTo("a\tb\n");
  }

  @Test
  void the_pack_read_with_its_kept_memberships_is_the_pack_computed(@TempDir Path dir)
      throws IOException {
    GeographyPack computed = Packs.norway();
    GeographyPack first = GeographyPackLoader.load(Packs.norwayFile(), Packs.dataDirectory(), dir);
    List<Path> kept;
    try (Stream<Path> s = Files.list(dir)) {
      kept = s.toList();
    }
    assertThat(kept).isNotEmpty().allMatch(p -> p.getFileName().toString().startsWith("spatial-"));
    GeographyPack second = GeographyPackLoader.load(Packs.norwayFile(), Packs.dataDirectory(), dir);
    for (GeographyPack p : List.of(first, second)) {
      assertThat(p.fingerprint()).isEqualTo(computed.fingerprint());
      assertThat(p.version("by-year").all())
          .containsExactlyInAnyOrderElementsOf(computed.version("by-year").all());
    }
  }
}
