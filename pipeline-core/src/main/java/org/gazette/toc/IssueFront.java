package org.gazette.toc;

import java.util.List;
import org.gazette.model.GazetteInfo;
import org.gazette.model.SourceLine;
import org.gazette.model.Toc;

/**
 * What the front of an issue says before its body is read: the 目录 and the cover's metadata. Both
 * guide the later stages (the TOC predicts documents; the gazette name marks running headers).
 *
 * @param toc the TOC, or null when the issue has none
 * @param cover metadata read from the cover and masthead (fields null where not printed)
 * @param bodyFrom index of the first line after the TOC (0 when there is none)
 */
public record IssueFront(Toc toc, GazetteInfo cover, int bodyFrom) {

  /** Reads the TOC and the cover metadata of {@code lines}. */
  public static IssueFront read(List<SourceLine> lines) {
    Toc toc = new TocParser().parse(lines);
    GazetteInfo cover =
        new MetadataScanner().fromCover(lines, toc == null ? lines.size() : toc.startLine());
    return new IssueFront(toc, cover, toc == null ? 0 : toc.endLine());
  }
}
