import ArgumentParser

/// Exit codes of `glean`, documented in the README.
enum GleanExit {
  /// Everything worked.
  static let success = ExitCode(0)
  /// Some inputs failed (bad PDFs, garbled papers) while the others were processed; for `glean diff`,
  /// differences were found.
  static let partialFailure = ExitCode(1)
  /// Glean could not run: bad usage, bad configuration, unreadable store.
  static let cannotRun = ExitCode(2)
  /// The input (the one file given) could not be read: missing, empty, not a PDF, encrypted, damaged.
  static let badInput = ExitCode(3)
  /// The input was read but has no usable text (no text layer, or garbled).
  static let noText = ExitCode(4)
}
