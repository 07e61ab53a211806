package org.gazette;

/** Receives a lap at the end of each pipeline stage; used by the benchmark, a no-op otherwise. */
@FunctionalInterface
public interface StageClock {
  /** A clock that records nothing. */
  StageClock NONE = stage -> {};

  /** Marks the end of {@code stage}. */
  void lap(String stage);
}
