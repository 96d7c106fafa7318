/// Why the store could not be opened, read or written: the store's path and the reason.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The store file, as named by the user.
  public var path: String
  /// What went wrong.
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// `out/glean.sqlite: no store here (run glean ingest first)`.
  public var description: String { "\(path): \(reason)" }
}
