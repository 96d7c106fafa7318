import Foundation

/// One data row of a rule file: its 1-based line number and its cells.
struct RuleRow: Sendable {
  let line: Int
  let cells: [String]

  /// The `|`-separated values of a cell, empty parts dropped.
  func list(_ index: Int) -> [String] {
    cells[index].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }
}

/// Reads the rule files: `#` comments, blank lines skipped; `.tsv` with a header line.
enum RuleFile {
  /// The rows of a `.tsv` file whose header must be exactly `columns`.
  static func rows(_ name: String, text: String, columns: [String]) throws(RulesError)
    -> [RuleRow]
  {
    var rows: [RuleRow] = []
    var sawHeader = false
    for (offset, raw) in lines(text) {
      let cells = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if !sawHeader {
        guard cells == columns else {
          throw RulesError(
            file: name, line: offset,
            reason: "the header must be \(columns.joined(separator: " TAB ")), found \(raw)")
        }
        sawHeader = true
        continue
      }
      guard cells.count == columns.count else {
        throw RulesError(
          file: name, line: offset,
          reason: "expected \(columns.count) tab-separated cells, found \(cells.count)")
      }
      guard !cells[0].isEmpty else {
        throw RulesError(file: name, line: offset, reason: "the first cell is empty")
      }
      rows.append(RuleRow(line: offset, cells: cells))
    }
    guard sawHeader else {
      throw RulesError(file: name, reason: "no header line")
    }
    return rows
  }

  /// The entries of a `.txt` word list, one a line, trimmed.
  static func entries(_ text: String) -> [(line: Int, text: String)] {
    lines(text).map { ($0.0, $0.1.trimmingCharacters(in: .whitespaces)) }
  }

  /// Non-comment, non-blank lines with their numbers.
  private static func lines(_ text: String) -> [(Int, String)] {
    var result: [(Int, String)] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var content = String(line)
      if content.hasSuffix("\r") { content.removeLast() }
      let trimmed = content.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      result.append((index + 1, content))
    }
    return result
  }
}
