import ArgumentParser

/// Exit codes of `glean`, documented in the README.
enum GleanExit {
  /// Everything worked.
  static let success = ExitCode(0)
  /// Some inputs failed (bad PDFs, garbled papers) while the others were processed; for `glean diff`,
  /// differences were found.
  static let partialFailure = ExitCode(1)
  /// `glean diff`: the sides differ (moved evidence aside); `glean review`: some changes were
  /// rejected, skipped or left, so the expected files still differ from the new side.
  static let changesFound = ExitCode(1)
  /// Glean could not run: bad usage, bad configuration, unreadable store.
  static let cannotRun = ExitCode(2)
  /// The input (the one file given) could not be read: missing, empty, not a PDF, encrypted, damaged.
  static let badInput = ExitCode(3)
  /// The input was read but has no usable text (no text layer, or garbled).
  static let noText = ExitCode(4)
  /// `glean ingest` was stopped (Ctrl-C, SIGTERM) before the end; what was stored is kept and the
  /// same command carries on from there.
  static let interrupted = ExitCode(130)
}
