import Foundation

/// Cuts dictionary TSV text into lines and cells on its UTF-8 bytes: `\n` and `\t` never occur
/// inside a multi-byte character, so no `Character` or `Substring` is made until a cell is kept.
///
/// Shared by the lexicon's tables and the recogniser's name index, which read the same files.
package enum TSVBytes {
  package static let newline = UInt8(ascii: "\n")
  package static let carriageReturn = UInt8(ascii: "\r")
  package static let tab = UInt8(ascii: "\t")
  package static let hash = UInt8(ascii: "#")
  package static let space = UInt8(ascii: " ")
  package static let bar = UInt8(ascii: "|")

  /// The bytes of `data` when they are valid UTF-8, as `String(data:encoding: .utf8)` decodes
  /// them; `nil` when they are not.
  ///
  /// ASCII is checked eight bytes at a time; only a line holding other bytes is validated (a
  /// `\n` byte never occurs inside a multi-byte character, so the file is valid when each of
  /// its lines is).
  package static func validUTF8(_ data: Data) -> [UInt8]? {
    let bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      // A byte-order mark: decoded by Foundation, as a file always was.
      return String(data: data, encoding: .utf8).map { Array($0.utf8) }
    }
    let valid = bytes.withUnsafeBufferPointer { buffer in
      let raw = UnsafeRawBufferPointer(buffer)
      let count = buffer.count
      var index = 0
      while index < count {
        if index + 8 <= count,
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
          continue
        }
        if buffer[index] < 0x80 {
          index += 1
          continue
        }
        var start = index
        while start > 0 && buffer[start - 1] != newline { start -= 1 }
        var end = index
        while end < count && buffer[end] != newline { end += 1 }
        let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
        guard String(validating: line, as: UTF8.self) != nil else { return false }
        index = end
      }
      return true
    }
    return valid ? bytes : nil
  }

  /// Calls `body` with the 1-based number and byte range of each line of `bytes`, without its
  /// `\n`; the last line needs no `\n`, and a final `\n` starts no line.
  @inline(__always)
  package static func forEachLine(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ number: Int, _ line: Range<Int>) throws -> Void
  ) rethrows {
    var number = 0
    var start = 0
    let count = bytes.count
    while start < count {
      number += 1
      var end = start
      while end < count && bytes[end] != newline { end += 1 }
      try body(number, start..<end)
      start = end + 1
    }
  }

  /// Replaces `cells` with the tab-separated cells of `line` (empty cells kept).
  @inline(__always)
  package static func cells(
    of line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, into cells: inout [Range<Int>]
  ) {
    cells.removeAll(keepingCapacity: true)
    var start = line.lowerBound
    var index = start
    while index < line.upperBound {
      if bytes[index] == tab {
        cells.append(start..<index)
        start = index + 1
      }
      index += 1
    }
    cells.append(start..<line.upperBound)
  }

  /// `range` without the bytes at either end for which `drop` holds.
  @inline(__always)
  package static func trimmed(
    _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, dropping drop: (UInt8) -> Bool
  ) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && drop(bytes[lower]) { lower += 1 }
    while upper > lower && drop(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  /// Calls `body` with each `|`-separated part of `range`, trimmed by `drop`, empty parts
  /// skipped.
  @inline(__always)
  package static func forEachPart(
    _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, dropping drop: (UInt8) -> Bool,
    _ body: (Range<Int>) throws -> Void
  ) rethrows {
    var start = range.lowerBound
    var index = start
    while index <= range.upperBound {
      if index == range.upperBound || bytes[index] == bar {
        let part = trimmed(start..<index, in: bytes, dropping: drop)
        if !part.isEmpty { try body(part) }
        start = index + 1
      }
      index += 1
    }
  }

  /// The text of `range` (the bytes are valid UTF-8, checked when the file was read).
  @inline(__always)
  package static func string(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// Whether the bytes of `range` spell `text`.
  @inline(__always)
  package static func equals(
    _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString
  ) -> Bool {
    guard range.count == text.utf8CodeUnitCount else { return false }
    let start = text.utf8Start
    for offset in 0..<range.count where bytes[range.lowerBound + offset] != start[offset] {
      return false
    }
    return true
  }
}
