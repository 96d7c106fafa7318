import Foundation
import GleanStore

/// The formats of `glean export`.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// JSON Lines: one finding a line, the finding object of `glean extract` plus its `paper`.
  case jsonl
  /// CSV of findings for spreadsheets (RFC 4180, UTF-8, one finding a row).
  case csv
  /// BioC JSON: a document per paper, passages (sentences and table rows) with entity
  /// annotations (offsets, normalised ids) and findings as relations.
  case bioc
}

/// Writes papers read back from the store in one export format, a paper at a time, so that
/// memory does not grow with the store.
public protocol ExportWriter {
  /// Called once before the first paper.
  mutating func begin(_ out: inout some TextOutputStream)
  /// Called for each paper, in order.
  mutating func write(_ paper: StoredPaper, to out: inout some TextOutputStream) throws
  /// Called once after the last paper.
  mutating func end(_ out: inout some TextOutputStream)
}

extension ExportFormat {
  /// A writer for this format. `date` is the collection date of BioC (`YYYY-MM-DD`).
  public func makeWriter(toolVersion: String, date: String) -> any ExportWriter {
    switch self {
    case .jsonl: JSONLinesExport()
    case .csv: CSVExport()
    case .bioc: BioCExport(source: "Glean \(toolVersion)", date: date)
    }
  }
}

/// JSON as exports write it: compact, keys sorted (the same bytes from every run), slashes
/// unescaped.
enum ExportJSON {
  static func string<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}

/// A text stream onto a file handle (standard output or a file), buffered.
public struct FileOutputStream: TextOutputStream {
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  public init(handle: FileHandle) { self.handle = handle }

  public mutating func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Writes out what is buffered.
  public mutating func flush() {
    if buffer.isEmpty { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
