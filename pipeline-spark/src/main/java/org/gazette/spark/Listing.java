package org.gazette.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.gazette.batch.OutputNames;

/**
 * The job's inputs, listed on the driver as the CLI lists them: folders recursively (their *.txt
 * and *.pdf, sorted), files as given, and globs ({@code hdfs:///gazettes/19??/*.pdf}) on any Hadoop
 * file system. Output names follow the CLI's rule ({@link OutputNames}); an input is labelled (in
 * its output's {@code source.path} and the manifest) as the CLI would label it: a local path as
 * written on the command line, below it what was found; anything else by its full URI.
 */
final class Listing {
  private Listing() {}

  /**
   * One input.
   *
   * @param index its place in input order
   * @param uri where to read it
   * @param label how outputs name it
   * @param output its output name below {@code OUT/issues/}
   * @param bytes its size
   */
  record Input(int index, String uri, String label, String output, long bytes)
      implements Serializable {}

  /**
   * The inputs under {@code args}.
   *
   * @throws FileNotFoundException naming an argument that matches nothing
   */
  static List<Input> list(List<String> args, Configuration conf) throws IOException {
    List<Input> out = new ArrayList<>();
    OutputNames names = new OutputNames();
    for (String arg : args) {
      Path p = new Path(arg);
      FileSystem fs = Store.fs(p, conf);
      FileStatus[] matches = fs.globStatus(p);
      if (matches == null || matches.length == 0) {
        throw new FileNotFoundException("no such input: " + arg);
      }
      // a plain local path keeps the spelling it was given, as the CLI's labels do
      boolean asGiven =
          p.toUri().getScheme() == null && arg.chars().noneMatch(c -> "*?[]{}".indexOf(c) >= 0);
      Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          String root = m.getPath().toUri().getPath();
          for (FileStatus f : walk(fs, m.getPath())) {
            String rel = f.getPath().toUri().getPath().substring(root.length() + 1);
            String label =
                asGiven ? java.nio.file.Path.of(arg).resolve(rel).toString() : label(f.getPath());
            out.add(
                new Input(out.size(), f.getPath().toString(), label, names.next(rel), f.getLen()));
          }
        } else {
          String label = asGiven ? java.nio.file.Path.of(arg).toString() : label(m.getPath());
          out.add(
              new Input(
                  out.size(),
                  m.getPath().toString(),
                  label,
                  names.next(m.getPath().getName()),
                  m.getLen()));
        }
      }
    }
    return out;
  }

  /** The TXT and PDF files below {@code dir}, sorted by path. */
  private static List<FileStatus> walk(FileSystem fs, Path dir) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (f.isFile() && OutputNames.supported(f.getPath().getName())) {
        files.add(f);
      }
    }
    files.sort(Comparator.comparing(f -> f.getPath().toUri().getPath()));
    return files;
  }

  /** A local file by its absolute path, anything else by its URI. */
  private static String label(Path path) {
    return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : path.toString();
  }
}
