package org.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.io.Json;

/**
 * Every gold file of a folder with the output of the same name (a missing output reads as an empty
 * object, which scores as nothing found), sorted by name.
 */
final class GoldPairs {
  private GoldPairs() {}

  /** One source: its name (the gold file's, without {@code .json}), its output, its gold. */
  record Pair(String name, JsonNode out, JsonNode gold) {}

  /**
   * The pairs of {@code goldDir}'s {@code *.json} and {@code outDir}'s files.
   *
   * @throws IOException when a gold file or an output cannot be read
   */
  static List<Pair> of(Path outDir, Path goldDir) throws IOException {
    List<Path> golds;
    try (Stream<Path> s = Files.list(goldDir)) {
      golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<Pair> pairs = new ArrayList<>();
    for (Path g : golds) {
      String name = g.getFileName().toString().replaceFirst("\\.json$", "");
      Path o = outDir.resolve(name + ".json");
      JsonNode out =
          Files.exists(o)
              ? Json.MAPPER.readTree(o.toFile())
              : JsonNodeFactory.instance.objectNode();
      pairs.add(new Pair(name, out, Json.MAPPER.readTree(g.toFile())));
    }
    return pairs;
  }
}
