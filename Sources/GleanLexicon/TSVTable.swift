import Foundation

/// One data row of a dictionary TSV file: its 1-based line number and its cells.
struct TSVRow {
  let line: Int
  fileprivate let table: TSVTable
  fileprivate let first: Int

  /// The cell at `index`, trimmed of surrounding spaces.
  func text(_ index: Int) -> String {
    table.withBytes { bytes in
      TSVBytes.string(
        TSVBytes.trimmed(table.cell(first + index), in: bytes, dropping: isSpace),
        in: bytes)
    }
  }

  /// The `|`-separated list in the cell at `index`, empty parts dropped.
  func list(_ index: Int) -> [String] {
    table.withBytes { bytes in
      var parts: [String] = []
      TSVBytes.forEachPart(table.cell(first + index), in: bytes, dropping: isSpace) {
        parts.append(TSVBytes.string($0, in: bytes))
      }
      return parts
    }
  }
}

/// Only ASCII spaces are trimmed (cheaper than Foundation's trimming on large files).
@inline(__always) private func isSpace(_ byte: UInt8) -> Bool { byte == TSVBytes.space }

/// Glean's dictionary TSV files: `#` comment lines, one header line naming the columns, then
/// rows with exactly as many tab-separated cells as the header.
///
/// The rows are kept as the file's bytes and the byte range of every cell; a cell becomes a
/// `String` only when it is read.
struct TSVTable: RandomAccessCollection {
  private let bytes: [UInt8]
  /// Start and end offsets of each cell, row after row.
  private let bounds: [Int32]
  private let lines: [Int32]
  private let width: Int

  var startIndex: Int { 0 }
  var endIndex: Int { lines.count }

  subscript(position: Int) -> TSVRow {
    TSVRow(line: Int(lines[position]), table: self, first: position * width)
  }

  fileprivate func cell(_ index: Int) -> Range<Int> {
    Int(bounds[2 * index])..<Int(bounds[2 * index + 1])
  }

  fileprivate func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    bytes.withUnsafeBufferPointer(body)
  }

  private init(bytes: [UInt8], bounds: [Int32], lines: [Int32], width: Int) {
    self.bytes = bytes
    self.bounds = bounds
    self.lines = lines
    self.width = width
  }

  /// Reads `name` in `directory`, checks its header against `columns` and returns its rows.
  ///
  /// Lines and cells are cut on the UTF-8 bytes of `\n` and `\t` (neither occurs inside a
  /// multi-byte character); a `\r` ending a line is dropped.
  static func read(_ name: String, in directory: URL, columns: [String]) throws -> TSVTable {
    guard let bytes = TSVBytes.validUTF8(try readData(name, in: directory)) else {
      throw LexiconError(file: name, reason: "not valid UTF-8")
    }
    guard bytes.count < Int(Int32.max) else {
      throw LexiconError(file: name, reason: "larger than 2 GB")
    }
    var bounds: [Int32] = []
    var lines: [Int32] = []
    var header: Int?
    try bytes.withUnsafeBufferPointer { bytes in
      var cells: [Range<Int>] = []
      try TSVBytes.forEachLine(bytes) { number, whole in
        var line = whole
        if !line.isEmpty, bytes[line.upperBound - 1] == TSVBytes.carriageReturn {
          line = line.lowerBound..<(line.upperBound - 1)
        }
        if line.isEmpty || bytes[line.lowerBound] == TSVBytes.hash {
          return
        }
        TSVBytes.cells(of: line, in: bytes, into: &cells)
        guard let expected = header else {
          let names = cells.map { TSVBytes.string($0, in: bytes) }
          guard names == columns else {
            throw LexiconError(
              file: name, line: number,
              reason:
                "header is \(names.joined(separator: ",")), expected \(columns.joined(separator: ","))"
            )
          }
          header = cells.count
          bounds.reserveCapacity(bytes.count / 8)
          return
        }
        guard cells.count == expected else {
          throw LexiconError(
            file: name, line: number,
            reason: "\(cells.count) cells where the header has \(expected)")
        }
        lines.append(Int32(number))
        for cell in cells {
          bounds.append(Int32(cell.lowerBound))
          bounds.append(Int32(cell.upperBound))
        }
      }
    }
    guard let width = header else {
      throw LexiconError(file: name, reason: "no header line")
    }
    return TSVTable(bytes: bytes, bounds: bounds, lines: lines, width: width)
  }

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
