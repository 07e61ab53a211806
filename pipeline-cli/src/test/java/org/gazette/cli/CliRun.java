package org.gazette.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One CLI invocation with captured streams.
 *
 * @param code the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CliRun(int code, String out, String err) {
  /** Runs {@code gazette args…} in this JVM. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GazetteCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
