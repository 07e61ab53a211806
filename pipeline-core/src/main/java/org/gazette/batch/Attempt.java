package org.gazette.batch;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gazette.model.IssueResult;
import org.gazette.model.PipelineException;

/**
 * One input converted under a time limit: its result, or why there is none (the pipeline's own
 * message for bad input, a timeout, running out of memory, or an internal error). Whatever runs a
 * batch (the CLI's runner, a cluster job) goes through here, so an input fails the same way
 * everywhere.
 *
 * @param result the result, or null when it failed
 * @param error why it failed, or null
 */
public record Attempt(IssueResult result, String error) {
  /** Why an input whose records do not fit the heap failed. */
  public static final String OUT_OF_MEMORY =
      "out of memory (raise the heap, e.g. GAZETTE_JAVA_OPTS=-Xmx4g)";

  /** True when there is a result. */
  public boolean ok() {
    return result != null;
  }

  /**
   * Converts {@code bytes} on a thread of {@code timed}, waiting at most {@code timeout}; on a
   * timeout the conversion is cancelled (interrupted).
   *
   * @throws InterruptedException when the calling thread is interrupted while it waits
   */
  public static Attempt run(
      BatchRunner.Converter converter,
      byte[] bytes,
      String label,
      Duration timeout,
      ExecutorService timed)
      throws InterruptedException {
    Future<IssueResult> f = timed.submit(() -> converter.convert(bytes, label));
    try {
      return new Attempt(f.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null);
    } catch (TimeoutException e) {
      f.cancel(true);
      return failed("timed out after " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      return failed(
          c instanceof PipelineException
              ? c.getMessage()
              : c instanceof OutOfMemoryError
                  ? OUT_OF_MEMORY
                  : "internal error (please report): " + c);
    } catch (InterruptedException e) {
      f.cancel(true);
      throw e;
    }
  }

  /** A failure for {@code why}. */
  public static Attempt failed(String why) {
    return new Attempt(null, why);
  }
}
