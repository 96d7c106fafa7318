/// One TAB-separated rule file: `#` comment lines, a header line naming the columns, then rows.
struct RuleFile: Sendable {
  /// One data row with its 1-based line number.
  struct Row: Sendable {
    var line: Int
    var fields: [String: String]

    /// The field of `column`, trimmed; empty when absent.
    subscript(_ column: String) -> String { fields[column] ?? "" }
  }

  var name: String
  var rows: [Row]

  /// Parses `text`; every column in `required` must be in the header.
  init(name: String, text: String, required: [String]) throws(FindingRulesError) {
    self.name = name
    var header: [String]?
    var rows: [Row] = []
    var number = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        String($0).trimmingWhitespace()
      }
      guard let columns = header else {
        for column in required where !cells.contains(column) {
          throw FindingRulesError(
            file: name, line: number,
            reason:
              "the header line lacks the column '\(column)' (found: \(cells.joined(separator: ", ")))"
          )
        }
        header = cells
        continue
      }
      var fields: [String: String] = [:]
      for (index, column) in columns.enumerated() where index < cells.count {
        fields[column] = cells[index]
      }
      if (fields[required.first ?? ""] ?? "").isEmpty {
        throw FindingRulesError(
          file: name, line: number, reason: "empty '\(required.first ?? "")' field")
      }
      rows.append(Row(line: number, fields: fields))
    }
    if header == nil {
      throw FindingRulesError(file: name, reason: "no header line")
    }
    self.rows = rows
  }
}
