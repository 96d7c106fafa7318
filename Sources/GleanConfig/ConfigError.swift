/// Why `pipeline.yaml` could not be used: the file, the line, the key path and the reason.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The configuration file, as named by the user.
  public var file: String
  /// The 1-based line the problem is on, when known.
  public var line: Int?
  /// The dotted key path (`stages.extract.workers`); empty for the whole file.
  public var keyPath: String
  /// What is wrong, in terms a user can act on.
  public var reason: String

  public init(file: String, line: Int?, keyPath: String, reason: String) {
    self.file = file
    self.line = line
    self.keyPath = keyPath
    self.reason = reason
  }

  /// `pipeline.yaml:7: stages.extract.wokers: unknown key (known keys: workers)`.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    if !keyPath.isEmpty { text += keyPath + ": " }
    return text + reason
  }
}
