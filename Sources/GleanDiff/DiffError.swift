/// Why a side of a comparison could not be read, or an expected file not written: the file (or
/// store, or argument) and the reason.
public struct DiffError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file, folder, store or argument concerned.
  public var file: String
  public var reason: String

  public init(file: String, reason: String) {
    self.file = file
    self.reason = reason
  }

  /// `corpus/expected/seed.json: not an extraction (missing key "paper")`.
  public var description: String { "\(file): \(reason)" }
}
