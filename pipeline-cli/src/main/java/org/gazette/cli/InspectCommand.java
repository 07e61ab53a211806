package org.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.Pipeline;
import org.gazette.io.Json;
import org.gazette.model.PipelineException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gazette inspect FILE [--doc N|ID]}: an issue's parse at a glance, in the terminal. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Shows an issue's documents (id, section, 字号, title, lines/pages, warnings), the TOC",
      "reconciliation, the furniture stripped and the diagnostics; with --doc, one document's elements",
      "and outline as a tree. FILE is an input (.txt/.pdf, converted on the fly) or an output .json."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "1:the file could not be read or converted", "2:usage error"})
final class InspectCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Option(
      names = "--doc",
      paramLabel = "N|ID",
      description = "Show one document: its number (1, 2, …) or id (doc-003).")
  String doc;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private PrintWriter out;
  private Ansi ansi;

  @Override
  public Integer call() {
    out = spec.commandLine().getOut();
    ansi = spec.commandLine().getColorScheme().ansi();
    JsonNode issue;
    try {
      issue = load(file);
    } catch (IOException | PipelineException e) {
      spec.commandLine().getErr().println(file + ": error: " + e.getMessage());
      return GazetteCli.SOME_FAILED;
    }
    if (doc != null) {
      JsonNode d = find(issue, doc);
      if (d == null) {
        spec.commandLine().getErr().println("gazette inspect: no document " + doc);
        return GazetteCli.USAGE;
      }
      document(d);
      return 0;
    }
    summary(issue);
    return 0;
  }

  /** An output JSON as it is, or an input converted now. */
  static JsonNode load(Path file) throws IOException, PipelineException {
    if (file.toString().endsWith(".json")) {
      return Json.MAPPER.readTree(file.toFile());
    }
    return Json.tree(new Pipeline().convert(file));
  }

  private static JsonNode find(JsonNode issue, String key) {
    JsonNode docs = issue.get("documents");
    if (key.matches("\\d+")) {
      int n = Integer.parseInt(key);
      return n >= 1 && n <= docs.size() ? docs.get(n - 1) : null;
    }
    for (JsonNode d : docs) {
      if (d.get("id").asText().equals(key)) {
        return d;
      }
    }
    return null;
  }

  private void summary(JsonNode issue) {
    JsonNode g = issue.get("gazette");
    // only what the issue states: a single 公文 has no gazette line at all
    String gazette =
        (str(g, "name")
                + (g.hasNonNull("year") ? "  " + g.get("year").asInt() + "年" : "")
                + (g.hasNonNull("issue") ? "第" + g.get("issue").asInt() + "期" : "")
                + (g.hasNonNull("totalIssue") ? "（总第" + g.get("totalIssue").asInt() + "期）" : "")
                + (g.hasNonNull("published") ? "  " + g.get("published").asText() : ""))
            .strip();
    if (!gazette.isEmpty()) {
      out.println(c("bold", gazette));
    }
    out.println(
        c(
            "faint",
            issue.get("source").get("path").asText()
                + ", "
                + issue.get("source").get("lines").asInt()
                + " lines"
                + (issue.get("source").hasNonNull("pages")
                    ? ", " + issue.get("source").get("pages").asInt() + " pages"
                    : "")));
    out.println();
    out.println(
        c(
            "bold,underline",
            pad("id", 8)
                + " "
                + pad("section", 14)
                + " "
                + pad("字号", 20)
                + " "
                + pad("lines", 11)
                + " "
                + pad("pages", 7)
                + " title"));
    for (JsonNode d : issue.get("documents")) {
      JsonNode sp = d.get("sourceSpan");
      String pages =
          sp.has("startPage") ? sp.get("startPage").asInt() + "-" + sp.get("endPage").asInt() : "";
      long warnings = countWarnings(issue, sp);
      out.println(
          pad(d.get("id").asText(), 8)
              + " "
              + pad(clip(str(d, "category"), 7), 14)
              + " "
              + pad(str(d, "docNumber"), 20)
              + " "
              + pad(sp.get("startLine").asInt() + "-" + sp.get("endLine").asInt(), 11)
              + " "
              + pad(pages, 7)
              + " "
              + clip(d.get("title").asText(), 40)
              + (warnings > 0 ? c("yellow", "  ⚠" + warnings) : ""));
    }
    JsonNode toc = issue.get("toc");
    if (toc != null && !toc.isNull()) {
      out.println();
      out.println(
          c(
              "bold",
              "TOC (lines "
                  + toc.get("startLine").asInt()
                  + "-"
                  + toc.get("endLine").asInt()
                  + ")"));
      for (JsonNode e : toc.get("entries")) {
        String to =
            e.hasNonNull("matchedDocument")
                ? c("green", "→ " + e.get("matchedDocument").asText())
                : c("red", "✗ not found");
        out.printf(
            Locale.ROOT,
            "  %-4s %s %s %s%n",
            e.hasNonNull("page") ? e.get("page").asText() : "",
            clip(e.get("title").asText(), 40),
            str(e, "docNumber"),
            to);
      }
    }
    out.println();
    out.println(c("bold", "furniture (" + issue.get("furniture").size() + " lines)"));
    for (JsonNode f : issue.get("furniture")) {
      out.printf(
          Locale.ROOT,
          "  %6d %-11s %s%s%n",
          f.get("line").asInt(),
          f.get("kind").asText(),
          f.get("text").asText(),
          f.has("page") ? c("faint", "  (page " + f.get("page").asInt() + ")") : "");
    }
    out.println();
    out.println(c("bold", "diagnostics (" + issue.get("diagnostics").size() + ")"));
    for (JsonNode d : issue.get("diagnostics")) {
      String sev = d.get("severity").asText();
      out.printf(
          Locale.ROOT,
          "  %s:%s: %s: %s%s%n",
          file,
          d.hasNonNull("line") ? d.get("line").asText() : "-",
          c(sev.equals("info") ? "faint" : "yellow", sev),
          d.get("message").asText(),
          d.hasNonNull("page") ? c("faint", "  (page " + d.get("page").asInt() + ")") : "");
    }
  }

  private void document(JsonNode d) {
    out.println(c("bold", d.get("title").asText()));
    for (String k :
        new String[] {
          "id",
          "category",
          "docNumber",
          "issuer",
          "recipients",
          "signer",
          "date",
          "note",
          "enclosedTitle",
          "cc"
        }) {
      if (d.hasNonNull(k)) {
        out.printf(Locale.ROOT, "  %-14s %s%n", k, d.get(k).asText());
      }
    }
    for (JsonNode a : d.get("attachments")) {
      out.printf(Locale.ROOT, "  %-14s %s%n", "attachment", a.get("title").asText());
    }
    JsonNode sp = d.get("sourceSpan");
    out.printf(
        Locale.ROOT,
        "  %-14s %d-%d%n",
        "lines",
        sp.get("startLine").asInt(),
        sp.get("endLine").asInt());
    LinksView.print(out, d, this::c);
    out.println();
    tree(d.get("body"), "");
    if (d.hasNonNull("enclosure")) {
      out.println(c("bold", "enclosure: " + d.get("enclosure").get("title").asText()));
      tree(d.get("enclosure").get("body"), "");
    }
  }

  private void tree(JsonNode nodes, String indent) {
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode n = nodes.get(i);
      boolean last = i == nodes.size() - 1;
      String kind = n.get("kind").asText();
      String label = str(n, "label") + str(n, "title");
      String text =
          switch (kind) {
            case "paragraph", "item" -> clip(str(n, "label") + str(n, "text"), 50);
            case "article" -> c("bold", str(n, "label")) + " " + clip(str(n, "text"), 40);
            case "table" -> c("cyan", "table " + n.get("rows").size() + "×" + n.get("columns"));
            default -> c(kind.equals("paragraph") ? "" : "bold", label);
          };
      JsonNode sp = n.get("sourceSpan");
      out.println(
          indent
              + (last ? "└─ " : "├─ ")
              + text
              + c("faint", "  " + sp.get("startLine").asInt() + "-" + sp.get("endLine").asInt()));
      if (n.has("children")) {
        tree(n.get("children"), indent + (last ? "   " : "│  "));
      }
    }
  }

  private static long countWarnings(JsonNode issue, JsonNode sp) {
    int a = sp.get("startLine").asInt();
    int b = sp.get("endLine").asInt();
    long n = 0;
    for (JsonNode d : issue.get("diagnostics")) {
      if (!d.get("severity").asText().equals("info")
          && d.hasNonNull("line")
          && d.get("line").asInt() >= a
          && d.get("line").asInt() <= b) {
        n++;
      }
    }
    return n;
  }

  private String c(String style, String text) {
    return style.isEmpty()
        ? text
        : ansi.string("@|" + style + " " + text.replace("|@", "| @") + "|@");
  }

  private static String str(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asText() : "";
  }

  /** {@code s} padded to {@code cols} terminal columns (CJK characters take two). */
  private static String pad(String s, int cols) {
    int w = (int) Math.round(2 * org.gazette.text.Cjk.width(s));
    return w >= cols ? s : s + " ".repeat(cols - w);
  }

  private static String clip(String s, int max) {
    return s.codePointCount(0, s.length()) <= max
        ? s
        : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }
}
