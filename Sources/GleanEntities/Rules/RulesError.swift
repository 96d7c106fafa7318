/// A rule or word-list file could not be read: which file, which line, and why.
public struct RulesError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file name (or path) concerned.
  public var file: String
  /// The 1-based line, when one line is at fault.
  public var line: Int?
  /// What is wrong.
  public var reason: String

  public init(file: String, line: Int? = nil, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  public var description: String {
    if let line { return "\(file):\(line): \(reason)" }
    return "\(file): \(reason)"
  }
}
