package org.gazette;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;

/**
 * Tests that need an installed tool (tesseract, a CJK font, Chromium, the shared PDFs) ask here. On
 * a developer's machine a missing tool skips the test with a message; in CI ({@code CI=true}, where
 * {@code .ci/setup} installed everything) it fails, so a test can never be skipped silently there.
 */
public final class Tools {
  private Tools() {}

  /** True when running in CI. */
  public static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && ci.toLowerCase(Locale.ROOT).equals("true");
  }

  /**
   * Skips the calling test (or fails it in CI) unless {@code available}.
   *
   * @param available whether the tool is there
   * @param what what is missing and how to get it, e.g. "tesseract is not installed (.ci/setup)"
   */
  public static void need(boolean available, String what) {
    if (available) {
      return;
    }
    if (inCi()) {
      fail("CI=true and " + what + ": in CI this test may not be skipped");
    }
    assumeTrue(false, what + ": test skipped");
  }
}
