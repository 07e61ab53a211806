package org.gazette.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reading inputs and writing single outputs on any Hadoop file system. On the local file system the
 * raw one is used, so no {@code .crc} files appear beside the outputs.
 */
final class Store {
  private Store() {}

  /** The file system of {@code path}. */
  static FileSystem fs(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }

  /** All bytes of {@code path}. */
  static byte[] read(Path path, Configuration conf) throws IOException {
    try (InputStream in = fs(path, conf).open(path)) {
      return in.readAllBytes();
    }
  }

  /** Writes a file: whatever {@code body} writes lands under {@code target}. */
  @FunctionalInterface
  interface Body {
    void write(Writer out) throws IOException;
  }

  /**
   * Writes {@code target} through a temporary file beside it, then renames it into place: a reader
   * sees the old file, no file, or the whole new one, never a part (on object stores, where a
   * rename is a copy, the copy is whole as well).
   */
  static void writeAtomically(Path target, Configuration conf, Body body) throws IOException {
    FileSystem fs = fs(target, conf);
    Path tmp =
        new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FSDataOutputStream os = fs.create(tmp, true);
          Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      if (fs.exists(target) && !fs.delete(target, false)) {
        throw new IOException("cannot replace " + target);
      }
      if (!fs.rename(tmp, target)) {
        throw new IOException("cannot rename " + tmp + " to " + target);
      }
    } finally {
      if (fs.exists(tmp)) {
        fs.delete(tmp, false);
      }
    }
  }
}
