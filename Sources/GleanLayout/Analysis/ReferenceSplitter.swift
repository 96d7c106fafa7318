import Foundation

/// Splits the lines of a reference list into entries: at numbered markers (`[12]`, `12.`, `12 `)
/// that count up, else at lines that stick out left of indented continuation lines (hanging
/// indent), else at the blocks the list was cut into (a short line ends an entry).
enum ReferenceSplitter {
  struct Item {
    var line: Line
    /// The left edge of the block's flow or column.
    var left: Double
    /// The line opens a block of the list.
    var opensBlock: Bool
  }

  static let markerPattern = try? NSRegularExpression(
    pattern:
      #"^\s*(?:[\[［【]\s*(\d{1,4})\s*[\]］】]|(\d{1,4})\s*[.．]\s|[(（](\d{1,4})[)）]|(\d{1,3})\s+(?=[A-Z\p{Han}]))"#
  )

  /// The number a line starts with as a reference marker, if any.
  static func marker(_ text: String) -> Int? {
    do {
      return try PatternScan.referenceMarker(Array(text.unicodeScalars))
    } catch {
      return patternMarker(text)
    }
  }

  private static func patternMarker(_ text: String) -> Int? {
    guard let pattern = markerPattern else { return nil }
    let range = NSRange(text.startIndex..., in: text)
    guard let match = pattern.firstMatch(in: text, range: range) else { return nil }
    for group in 1...4 {
      if let found = Range(match.range(at: group), in: text) { return Int(text[found]) }
    }
    return nil
  }

  /// For each item: whether it starts an entry, and the entry's number.
  static func starts(_ items: [Item], em: Double) -> [(starts: Bool, number: Int?)] {
    let markers = items.map { marker($0.line.string) }
    // Marker mode: numbers that mostly count up by one.
    var expected: Int?
    var counted = 0
    for number in markers.compactMap({ $0 }) {
      if let want = expected, number == want { counted += 1 }
      expected = number + 1
    }
    let markerCount = markers.compactMap { $0 }.count
    if markerCount >= 2, counted * 2 >= markerCount - 1 {
      var result: [(Bool, Int?)] = []
      var next: Int?
      for (index, number) in markers.enumerated() {
        if let number,
          next == nil || number == next
            || (index > 0 && items[index].opensBlock && number > (next ?? 0))
        {
          result.append((true, number))
          next = number + 1
        } else {
          result.append((index == 0, nil))
        }
      }
      return result
    }
    // Hanging indent: continuation lines indented, entry lines flush left.
    let indented = items.filter { $0.line.box.x0 >= $0.left + 0.8 * em }.count
    if indented * 5 >= items.count, indented < items.count {
      return items.enumerated().map { index, item in
        (index == 0 || item.line.box.x0 < item.left + 0.5 * em, nil)
      }
    }
    return items.enumerated().map { index, item in (index == 0 || item.opensBlock, nil) }
  }
}
