import Foundation

/// An immutable compiled regular expression, shared across tasks (NSRegularExpression is
/// thread-safe for matching once built).
final class Pattern: @unchecked Sendable {
  let regex: NSRegularExpression

  init(_ source: String, file: String) throws(RulesError) {
    do {
      regex = try NSRegularExpression(pattern: source, options: [])
    } catch {
      throw RulesError(file: file, reason: "builds an invalid pattern: \(error)")
    }
  }

  /// The matches in `string` (whose UTF-16 length is `length`).
  func matches(in string: String, length: Int) -> [NSTextCheckingResult] {
    regex.matches(in: string, options: [], range: NSRange(location: 0, length: length))
  }

  /// Escapes `text` for use as a literal inside a pattern.
  static func literal(_ text: String) -> String {
    NSRegularExpression.escapedPattern(for: text)
  }

  /// An alternation of literals, longest first.
  static func alternation(_ texts: [String]) -> String {
    let sorted = Set(texts).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    return sorted.map(literal).joined(separator: "|")
  }
}
