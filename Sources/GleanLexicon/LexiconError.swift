/// A dictionary file that could not be loaded: which file, which line (when one is to blame)
/// and why.
///
/// Thrown by ``Lexicon/bundled()`` and ``Lexicon/init(directory:)``; nothing is loaded when one
/// is thrown.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file's name inside the dictionary folder, e.g. `hgnc_genes.tsv`.
  public let file: String
  /// The 1-based line number, or `nil` when the problem is the whole file.
  public let line: Int?
  /// What is wrong, in words a curator can act on.
  public let reason: String

  /// Creates an error for `file`, optionally at `line`.
  public init(file: String, line: Int? = nil, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `file:line: reason`, or `file: reason` without a line.
  public var description: String {
    if let line {
      return "\(file):\(line): \(reason)"
    }
    return "\(file): \(reason)"
  }
}
