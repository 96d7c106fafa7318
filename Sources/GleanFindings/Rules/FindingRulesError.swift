/// Why a rule file could not be used: the file, the line and the reason.
public struct FindingRulesError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The rule file (a path, or the bundled file's name).
  public var file: String
  /// The 1-based line, when the problem is on one line.
  public var line: Int?
  /// What is wrong, in terms a curator can act on.
  public var reason: String

  public init(file: String, line: Int? = nil, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `relation_triggers.tsv:12: unknown relation 'down' (known: …)`.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    return text + ": " + reason
  }
}
