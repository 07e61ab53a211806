package org.gazette.model;

/**
 * Cooperative cancellation. A conversion runs on a thread that its batch interrupts when the
 * input's time is up; every stage calls {@link #check()} in its loops over lines, blocks and
 * documents, so the work really stops and the thread is free again within moments, instead of
 * running on unseen.
 */
public final class Cancel {
  private Cancel() {}

  /** Thrown out of a stage whose thread was interrupted. */
  public static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("cancelled (the input's time limit ran out)", null, false, false);
    }
  }

  /**
   * Returns when the current thread may go on.
   *
   * @throws Cancelled when it was interrupted (its interrupt flag stays set)
   */
  public static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new Cancelled();
    }
  }
}
