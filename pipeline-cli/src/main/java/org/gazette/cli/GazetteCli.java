package org.gazette.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gazette}: convert gazette issues to JSON, benchmark, validate outputs. */
@Command(
    name = "gazette",
    mixinStandardHelpOptions = true,
    versionProvider = GazetteCli.Version.class,
    description = "Turns Chinese government gazettes (政府公报) into validated, structured JSON.",
    subcommands = {
      ConvertCommand.class,
      InspectCommand.class,
      ReviewCommand.class,
      EvalCommand.class,
      GraphCommand.class,
      ValidateCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all inputs converted (or valid)",
      "1:some input failed: unreadable, empty, or an invalid record",
      "2:usage error (unknown option, missing argument, no input found)",
      "3:internal error (a bug: the stack trace is on stderr)"
    })
public final class GazetteCli implements Runnable {
  /** Exit code when some input could not be converted. */
  public static final int SOME_FAILED = 1;

  /** Exit code for a usage error. */
  public static final int USAGE = 2;

  /** Exit code for an internal error (a bug), reported with its stack trace on stderr. */
  public static final int INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the CLI with injected streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(new CommandLine(new GazetteCli()), out, err, args);
  }

  /** Runs {@code cli} (the gazette command, maybe with extra subcommands in tests). */
  static int run(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
    cli.setOut(out).setErr(err);
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          PrintWriter w = command.getErr();
          w.println("gazette: internal error: " + e);
          e.printStackTrace(w);
          return INTERNAL;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The only System.exit. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(
            new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8),
            true);
    PrintWriter err =
        new PrintWriter(
            new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8),
            true);
    System.exit(run(out, err, args));
  }

  /** The pipeline version (the one recorded in manifests). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"gazette " + org.gazette.Pipeline.VERSION};
    }
  }
}
