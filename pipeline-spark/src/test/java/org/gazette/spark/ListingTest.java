package org.gazette.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingTest {
  @TempDir Path dir;

  @Test
  void foldersFilesAndGlobsAreNamedAsTheCliNamesThem() throws Exception {
    Files.createDirectories(dir.resolve("a/2023"));
    Files.writeString(dir.resolve("a/2023/x.txt"), "x");
    Files.writeString(dir.resolve("a/2023/x.PDF"), "%PDF-");
    Files.writeString(dir.resolve("a/notes.doc"), "skipped");
    Files.writeString(dir.resolve("b.txt"), "b");
    Files.writeString(dir.resolve("x.txt"), "x");
    Configuration conf = new Configuration();
    List<Listing.Input> in =
        Listing.list(List.of(dir.resolve("a").toString(), dir.resolve("b.txt").toString()), conf);
    assertEquals(
        List.of("2023/x.json", "2023/x-2.json", "b.json"),
        in.stream().map(Listing.Input::output).toList());
    assertEquals(dir.resolve("a/2023/x.PDF").toString(), in.get(0).label());
    assertEquals(List.of(0, 1, 2), in.stream().map(Listing.Input::index).toList());

    List<Listing.Input> glob = Listing.list(List.of(dir + "/*.txt"), conf);
    assertEquals(List.of("b.json", "x.json"), glob.stream().map(Listing.Input::output).toList());
    assertEquals(dir.resolve("x.txt").toString(), glob.get(1).label()); // absolute, no file: scheme

    assertThrows(FileNotFoundException.class, () -> Listing.list(List.of(dir + "/nothing*"), conf));
  }
}
