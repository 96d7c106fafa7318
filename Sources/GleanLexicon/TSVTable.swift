import Foundation

/// One data row of a dictionary TSV file: its 1-based line number and its cells.
struct TSVRow {
  let line: Int
  let cells: [Substring]

  /// The cell at `index`, trimmed of surrounding spaces.
  func text(_ index: Int) -> String {
    String(Self.trim(cells[index]))
  }

  /// The `|`-separated list in the cell at `index`, empty parts dropped.
  func list(_ index: Int) -> [String] {
    let cell = cells[index]
    if cell.isEmpty {
      return []
    }
    return cell.utf8.split(separator: UInt8(ascii: "|")).compactMap {
      let part = Self.trim(Substring($0))
      return part.isEmpty ? nil : String(part)
    }
  }

  /// Drops ASCII spaces at both ends (cheaper than Foundation's trimming on large files).
  private static func trim(_ text: Substring) -> Substring {
    var text = text
    while text.first == " " {
      text = text.dropFirst()
    }
    while text.last == " " {
      text = text.dropLast()
    }
    return text
  }
}

/// Reads Glean's dictionary TSV files: `#` comment lines, one header line naming the columns,
/// then rows with exactly as many tab-separated cells as the header.
enum TSVTable {
  /// Reads `name` in `directory`, checks its header against `columns` and returns its rows.
  ///
  /// Lines and cells are cut on the UTF-8 bytes of `\n` and `\t` (neither occurs inside a
  /// multi-byte character), which keeps loading well under a second.
  static func read(_ name: String, in directory: URL, columns: [String]) throws -> [TSVRow] {
    let text = try readText(name, in: directory)
    let utf8 = text.utf8
    var rows: [TSVRow] = []
    var header: Int?
    var number = 0
    var start = utf8.startIndex
    while start < utf8.endIndex {
      number += 1
      let end = utf8[start...].firstIndex(of: newline) ?? utf8.endIndex
      var line = utf8[start..<end]
      start = end < utf8.endIndex ? utf8.index(after: end) : end
      if line.last == carriageReturn {
        line = line.dropLast()
      }
      if line.isEmpty || line.first == hash {
        continue
      }
      let cells = line.split(separator: tab, omittingEmptySubsequences: false).map {
        Substring($0)
      }
      guard let expected = header else {
        guard cells.map(String.init) == columns else {
          throw LexiconError(
            file: name, line: number,
            reason:
              "header is \(cells.joined(separator: ",")), expected \(columns.joined(separator: ","))"
          )
        }
        header = cells.count
        continue
      }
      guard cells.count == expected else {
        throw LexiconError(
          file: name, line: number,
          reason: "\(cells.count) cells where the header has \(expected)")
      }
      rows.append(TSVRow(line: number, cells: cells))
    }
    guard header != nil else {
      throw LexiconError(file: name, reason: "no header line")
    }
    return rows
  }

  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let tab = UInt8(ascii: "\t")
  private static let hash = UInt8(ascii: "#")

  /// Reads a list file: one entry per line, `#` comments and blank lines skipped.
  static func readList(_ name: String, in directory: URL) throws -> [(line: Int, entry: String)] {
    let text = try readText(name, in: directory)
    var entries: [(line: Int, entry: String)] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let entry = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      if entry.isEmpty || entry.hasPrefix("#") {
        continue
      }
      entries.append((index + 1, entry))
    }
    return entries
  }

  /// The file's bytes decoded as UTF-8.
  static func readText(_ name: String, in directory: URL) throws -> String {
    let data = try readData(name, in: directory)
    guard let text = String(data: data, encoding: .utf8) else {
      throw LexiconError(file: name, reason: "not valid UTF-8")
    }
    return text
  }

  /// The file's bytes.
  static func readData(_ name: String, in directory: URL) throws -> Data {
    let url = directory.appendingPathComponent(name)
    do {
      return try Data(contentsOf: url)
    } catch {
      throw LexiconError(file: name, reason: "cannot be read in \(directory.path): \(error)")
    }
  }
}
