import GleanPDF

/// A stretch of one printed line with no wide gap inside: the unit the layout works on. Glyph
/// boxes are dropped once pieces are built; a piece keeps its scalars, its box and its fonts.
struct Piece: Sendable, Equatable {
  /// A run of the piece's scalars set in one font.
  struct FontSpan: Sendable, Equatable {
    /// One past the last scalar of the span, counted in the piece.
    var end: Int
    /// Font name without subset prefix.
    var font: String
    /// Font size in points.
    var size: Double
  }

  /// The scalars, spaces collapsed to one, no line breaks.
  var scalars: [Unicode.Scalar]
  /// Where the scalars were printed.
  var box: GlyphBox
  /// The font size most of the scalars are set in.
  var size: Double
  /// The font most of the scalars are set in.
  var font: String
  /// Font changes along the piece.
  var spans: [FontSpan]
  /// The left edge of each scalar (a space: the right edge of the glyph before it).
  var xs: [Float]
  /// Set when the glyphs run top to bottom (rotated margin text).
  var vertical = false

  /// Whether ``font`` is a bold or heavy face.
  var bold: Bool { FontStyle.isBold(font) }

  var text: String { scalars.string }

  /// Splits the piece before scalar `index` (0 < index < count); spaces at the cut are dropped.
  func split(at index: Int) -> (Piece, Piece)? {
    guard index > 0, index < scalars.count else { return nil }
    var leftEnd = index
    while leftEnd > 0, ScalarClass.isSpace(scalars[leftEnd - 1]) { leftEnd -= 1 }
    var rightStart = index
    while rightStart < scalars.count, ScalarClass.isSpace(scalars[rightStart]) { rightStart += 1 }
    guard leftEnd > 0, rightStart < scalars.count else { return nil }
    let cut = Double(xs[rightStart])
    let leftRight = Double(xs[leftEnd - 1]) + (cut - Double(xs[leftEnd - 1])) * 0.9
    var left = self
    left.scalars = Array(scalars[0..<leftEnd])
    left.xs = Array(xs[0..<leftEnd])
    left.box.x1 = max(left.box.x0, min(box.x1, leftRight))
    left.spans = spans.compactMap { span in
      span.end > 0 ? FontSpan(end: min(span.end, leftEnd), font: span.font, size: span.size) : nil
    }
    var right = self
    right.scalars = Array(scalars[rightStart...])
    right.xs = Array(xs[rightStart...])
    right.box.x0 = min(box.x1, cut)
    right.spans = spans.compactMap { span in
      span.end > rightStart
        ? FontSpan(end: span.end - rightStart, font: span.font, size: span.size) : nil
    }
    return (left, right)
  }

  /// The index of the first scalar whose left edge is at or right of `x`, preferring a space near
  /// it; `nil` when the whole piece is on one side.
  func splitIndex(atX x: Double) -> Int? {
    guard let first = xs.firstIndex(where: { Double($0) >= x }), first > 0 else { return nil }
    // Prefer a space within three scalars before the cut.
    var index = first
    for back in stride(from: first, to: max(0, first - 3), by: -1)
    where ScalarClass.isSpace(scalars[back - 1]) {
      index = back
      break
    }
    return index
  }
}

/// Font name checks.
enum FontStyle {
  /// Whether a font name names a bold or heavy face.
  static func isBold(_ name: String) -> Bool {
    if name.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return isBoldASCII(name) }
    let lower = name.lowercased()
    for mark in ["bold", "heavy", "black", "semibold", "demi", ",bd", "-bd", "-b", "medi"]
    where lower.contains(mark) {
      if mark == "-b" { return lower.hasSuffix("-b") }
      return true
    }
    return false
  }

  /// The marks of ``isBold(_:)``, searched in a printable ASCII name's bytes.
  private static let boldMarks: [[UInt8]] = [
    "bold", "heavy", "black", "semibold", "demi", ",bd", "-bd", "-b", "medi",
  ].map { Array($0.utf8) }

  /// ``isBold(_:)`` for a name of printable ASCII, whose search needs no Unicode rules.
  private static func isBoldASCII(_ name: String) -> Bool {
    let lower = name.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    for mark in boldMarks where contains(lower, mark) {
      if mark == Array("-b".utf8) { return lower.last == 0x62 && lower.dropLast().last == 0x2D }
      return true
    }
    return false
  }

  private static func contains(_ bytes: [UInt8], _ mark: [UInt8]) -> Bool {
    guard bytes.count >= mark.count else { return false }
    for start in 0...(bytes.count - mark.count)
    where bytes[start..<(start + mark.count)].elementsEqual(mark) {
      return true
    }
    return false
  }

  /// A font name without its six-letter subset prefix (`ABCDEF+Times-Roman` → `Times-Roman`).
  static func baseName(_ name: String) -> String {
    let scalars = Array(name.unicodeScalars)
    if scalars.count > 7, scalars[6] == "+",
      scalars[0..<6].allSatisfy({ (0x41...0x5A).contains($0.value) })
    {
      return String(String.UnicodeScalarView(scalars[7...]))
    }
    return name
  }
}
