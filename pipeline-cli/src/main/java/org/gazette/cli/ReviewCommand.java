package org.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gazette.Pipeline;
import org.gazette.StageClock;
import org.gazette.io.AtomicFiles;
import org.gazette.io.Json;
import org.gazette.io.TableGrids;
import org.gazette.model.PipelineException;
import org.gazette.model.SourceLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gazette review FILE -o review.html}: source lines coloured by role beside the records. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one static HTML page: the input's lines coloured by role (furniture, title, 字号,",
      "recipients, heading, body, table, signature, date, note) beside the parsed records."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:the input could not be converted", "2:usage error"})
final class ReviewCommand implements Callable<Integer> {
  private static final String[][] ROLES = {
    {"furniture", "#d9d9d9", "furniture"},
    {"toc", "#e8e0f8", "TOC"},
    {"matter", "#f0f0f0", "front/back matter"},
    {"title", "#ffd59e", "title"},
    {"docnumber", "#ffb3b3", "字号"},
    {"recipients", "#c8f0c8", "recipients"},
    {"heading", "#a9d4ff", "heading"},
    {"body", "#ffffff", "body"},
    {"table", "#d8f3f3", "table"},
    {"attachments", "#f6e3c8", "attachments"},
    {"signature", "#e6c8f0", "signature"},
    {"date", "#f9c8e6", "date"},
    {"note", "#fff3a0", "note"}
  };

  @Parameters(index = "0", paramLabel = "FILE", description = "An input issue (.txt or .pdf).")
  Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "HTML",
      defaultValue = "review.html",
      description = "The page to write (default: ${DEFAULT-VALUE}).")
  Path html;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Pipeline.Conversion c;
    try {
      c =
          new Pipeline()
              .convertWithText(Files.readAllBytes(file), file.toString(), StageClock.NONE);
    } catch (IOException | PipelineException e) {
      spec.commandLine().getErr().println(file + ": error: " + e.getMessage());
      return GazetteCli.SOME_FAILED;
    }
    JsonNode issue = Json.tree(c.result());
    try {
      AtomicFiles.write(html, page(issue, c.text().lines()));
    } catch (IOException e) {
      spec.commandLine().getErr().println(html + ": error: cannot write: " + e.getMessage());
      return GazetteCli.SOME_FAILED;
    }
    spec.commandLine().getOut().println("wrote " + html);
    return 0;
  }

  /** The role of every line (1-based), most specific first. */
  static Map<Integer, String> roles(JsonNode issue) {
    Map<Integer, String> role = new HashMap<>();
    mark(role, issue.get("frontMatter"), "matter");
    mark(role, issue.get("backMatter"), "matter");
    mark(role, issue.get("toc"), "toc");
    for (JsonNode d : issue.get("documents")) {
      nodes(role, d.get("body"));
      if (d.hasNonNull("enclosure")) {
        nodes(role, d.get("enclosure").get("body"));
      }
      JsonNode e = d.get("elementSpans");
      String[][] map = {
        {"title", "title"},
        {"enclosedTitle", "title"},
        {"docNumber", "docnumber"},
        {"recipients", "recipients"},
        {"signer", "signature"},
        {"date", "date"},
        {"note", "note"},
        {"attachments", "attachments"}
      };
      for (String[] m : map) {
        mark(role, e.get(m[0]), m[1]);
      }
    }
    for (JsonNode f : issue.get("furniture")) {
      if (f.path("glued").asBoolean(false)) {
        continue; // a page label inside a line of body text: the line keeps its role
      }
      role.put(f.get("line").asInt(), "furniture");
    }
    return role;
  }

  private static void nodes(Map<Integer, String> role, JsonNode nodes) {
    for (JsonNode n : nodes) {
      String kind = n.get("kind").asText();
      JsonNode sp = n.get("sourceSpan");
      switch (kind) {
        case "table" -> mark(role, sp, "table");
        case "paragraph", "item" -> mark(role, sp, "body");
        default -> {
          mark(role, sp, "body");
          int first = sp.get("startLine").asInt();
          role.put(first, "heading");
        }
      }
      if (n.has("children")) {
        nodes(role, n.get("children"));
      }
    }
  }

  private static void mark(Map<Integer, String> role, JsonNode span, String r) {
    if (span == null || span.isNull() || !span.has("startLine")) {
      return;
    }
    for (int l = span.get("startLine").asInt(); l <= span.get("endLine").asInt(); l++) {
      role.put(l, r);
    }
  }

  static String page(JsonNode issue, List<SourceLine> lines) {
    Map<Integer, String> role = roles(issue);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>review: ")
        .append(esc(issue.get("source").get("path").asText()))
        .append("</title>\n<style>\n")
        .append(
            "body{font-family:'Noto Sans CJK SC','WenQuanYi Zen Hei',sans-serif;margin:0;font-size:14px}")
        .append(
            "header{padding:8px 16px;background:#333;color:#fff}.legend span{padding:1px 6px;margin-right:4px;color:#000}")
        .append(
            "main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;padding:16px}")
        .append(
            ".src{font-family:monospace,'WenQuanYi Zen Hei';white-space:pre-wrap;border:1px solid #ccc}")
        .append(
            ".l{display:flex}.l.blank{height:3px;overflow:hidden}.n{color:#888;min-width:4em;text-align:right;padding-right:8px;user-select:none}")
        .append(".doc{border:1px solid #ccc;border-radius:6px;padding:8px;margin-bottom:12px}")
        .append(
            ".doc h3{margin:0 0 6px;font-size:15px}dl{display:grid;grid-template-columns:7em 1fr;margin:0}")
        .append(
            "dt{color:#666}dd{margin:0}.recs{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto}")
        .append(
            ".t{border-collapse:collapse;margin:8px 0;font-size:12px}.t td,.t th{border:1px solid #999;padding:2px 4px;vertical-align:top}.t th{background:#eee}.tn{font-size:12px;color:#555;margin:2px 0}\n");
    for (String[] r : ROLES) {
      h.append('.').append(r[0]).append("{background:").append(r[1]).append("}\n");
    }
    h.append("</style></head><body>\n<header><b>")
        .append(esc(text(issue.get("gazette"), "name")))
        .append("</b> ")
        .append(esc(issue.get("source").get("path").asText()))
        .append(" — ")
        .append(issue.get("documents").size())
        .append(" documents, ")
        .append(issue.get("furniture").size())
        .append(" furniture lines<div class=\"legend\">");
    for (String[] r : ROLES) {
      h.append("<span class=\"").append(r[0]).append("\">").append(r[2]).append("</span>");
    }
    h.append("</div></header>\n<main><div class=\"src\">\n");
    for (SourceLine l : lines) {
      String r = l.isBlank() ? "blank" : role.getOrDefault(l.number(), "body");
      h.append("<div class=\"l ")
          .append(r)
          .append("\" title=\"")
          .append(r)
          .append("\" id=\"L")
          .append(l.number())
          .append("\"><span class=\"n\">")
          .append(l.number())
          .append("</span><span>")
          .append(esc(l.text()))
          .append("</span></div>\n");
    }
    h.append("</div><div class=\"recs\">\n");
    for (JsonNode d : issue.get("documents")) {
      JsonNode sp = d.get("sourceSpan");
      h.append("<div class=\"doc\"><h3><a href=\"#L")
          .append(sp.get("startLine").asInt())
          .append("\">")
          .append(esc(d.get("id").asText()))
          .append("</a> ")
          .append(esc(d.get("title").asText()))
          .append("</h3><dl>");
      for (String k :
          new String[] {
            "category", "docNumber", "recipients", "signer", "date", "note", "enclosedTitle"
          }) {
        if (d.hasNonNull(k)) {
          h.append("<dt>")
              .append(k)
              .append("</dt><dd>")
              .append(esc(d.get(k).asText()))
              .append("</dd>");
        }
      }
      for (JsonNode a : d.get("attachments")) {
        h.append("<dt>attachment</dt><dd>").append(esc(a.get("title").asText())).append("</dd>");
      }
      h.append(
          String.format(
              Locale.ROOT,
              "<dt>lines</dt><dd>%d–%d</dd>",
              sp.get("startLine").asInt(),
              sp.get("endLine").asInt()));
      h.append("</dl>");
      ReviewLinks.append(h, d, ReviewCommand::esc);
      TableGrids.tables(d).forEach(t -> table(h, t));
      h.append("</div>\n");
    }
    h.append("</div></main></body></html>\n");
    return h.toString();
  }

  /** A table as a table: caption, header cells, merged cells with their spans, notes. */
  private static void table(StringBuilder h, JsonNode t) {
    JsonNode sp = t.get("sourceSpan");
    h.append("<table class=\"t\"><caption><a href=\"#L")
        .append(sp.get("startLine").asInt())
        .append("\">")
        .append(esc(t.hasNonNull("caption") ? t.get("caption").asText() : "table"))
        .append("</a></caption>");
    int head = t.path("headerRows").asInt(0);
    int r = 0;
    for (JsonNode row : t.path("rows")) {
      h.append("<tr>");
      String tag = r++ < head ? "th" : "td";
      for (JsonNode c : row) {
        h.append('<').append(tag);
        if (c.path("rowSpan").asInt(1) > 1) {
          h.append(" rowspan=\"").append(c.get("rowSpan").asInt()).append('"');
        }
        if (c.path("colSpan").asInt(1) > 1) {
          h.append(" colspan=\"").append(c.get("colSpan").asInt()).append('"');
        }
        h.append('>').append(esc(c.path("text").asText())).append("</").append(tag).append('>');
      }
      h.append("</tr>");
    }
    h.append("</table>");
    for (JsonNode n : t.path("notes")) {
      h.append("<p class=\"tn\">").append(esc(n.asText())).append("</p>");
    }
  }

  private static String text(JsonNode n, String key) {
    return n != null && n.hasNonNull(key) ? n.get(key).asText() : "";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
