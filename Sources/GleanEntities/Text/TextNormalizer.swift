import Foundation

/// Makes ``NormalizedText`` from page text: a plain function of its input.
public enum TextNormalizer {
  /// A line narrower than this share of the typical line width ends a block (a heading, a table
  /// cell, the last line of a paragraph): the break after it is kept as a hard break.
  static let shortLineShare = 0.6

  /// Normalises `text` (see ``NormalizedText``).
  public static func normalize(_ text: String) -> NormalizedText {
    let input = ScalarText.scalars(of: text)
    let shortLimit = shortLineLimit(input)
    var folder = ScalarFolder()
    var out = Builder(capacity: input.count)
    var lineWidth = 0
    var lineStart = 0
    var index = 0
    let count = input.count
    while index < count {
      let value = input[index].value
      if value < 0x80 && value > 0x20 || (0x4E00...0x9FFF).contains(value) {
        // The common case: printable ASCII and CJK ideographs pass as they are.
        lineWidth += value < 0x80 ? 1 : 2
        out.emit(input[index], from: index)
        index += 1
        continue
      }
      if CharClass.isSpace(value) || CharClass.isLineBreak(value) {
        var end = index
        var newline = false
        var tab = false
        while end < count,
          CharClass.isSpace(input[end].value) || CharClass.isLineBreak(input[end].value)
        {
          if CharClass.isLineBreak(input[end].value) { newline = true }
          if input[end] == "\t" { tab = true }
          end += 1
        }
        // A numbered heading (`2.1 对肿瘤生长的影响`) is a line of its own.
        let lineIsShort =
          lineWidth < shortLimit
          || (newline && index > 0 && startsBlock(input, at: lineStart)
            && !endsSentence(input[index - 1].value))
        let start = index
        index = end
        if newline {
          lineWidth = 0
          lineStart = end
        }
        // Leading and trailing white space of the whole text carries nothing.
        guard start > 0, end < count, out.count > 0 else { continue }
        let before = input[start - 1].value
        let after = input[end].value
        if !newline {
          // A TAB separates table cells: keep it. Spaces inside CJK runs are spurious.
          if tab {
            out.emit("\t", from: start)
          } else if !(CharClass.isCJK(before) && CharClass.isCJK(after)) {
            out.emit(" ", from: start)
          }
          lineWidth += 1
          continue
        }
        switch lineJoin(
          before: before, beforeBefore: start >= 2 ? input[start - 2].value : 0, after: after,
          lineIsShort: lineIsShort || startsBlock(input, at: end))
        {
        case .hard: out.emit("\n", from: start)
        case .space: out.emit(" ", from: start)
        case .drop: break
        }
        continue
      }
      lineWidth += CharClass.width(value)
      if value < 0x80 {
        out.emit(input[index], from: index)
      } else {
        let folded = folder.fold(input[index])
        if !folded.isEmpty { out.emit(folded, from: index) }
      }
      index += 1
    }
    return NormalizedText(scalars: out.scalars, origin: out.origin, input: input)
  }

  /// The arrays of a normalised text under construction.
  private struct Builder {
    var scalars: [Unicode.Scalar] = []
    var origin: [Int32] = []

    init(capacity: Int) {
      scalars.reserveCapacity(capacity)
      origin.reserveCapacity(capacity)
    }

    var count: Int { scalars.count }

    @inline(__always) mutating func emit(_ scalar: Unicode.Scalar, from index: Int) {
      scalars.append(scalar)
      origin.append(Int32(index))
    }

    mutating func emit(_ folded: [Unicode.Scalar], from index: Int) {
      for scalar in folded {
        scalars.append(scalar)
        origin.append(Int32(index))
      }
    }
  }

  enum Join {
    case hard
    case space
    case drop
  }

  /// How a line break between `before` and `after` joins the two lines.
  static func lineJoin(before: UInt32, beforeBefore: UInt32, after: UInt32, lineIsShort: Bool)
    -> Join
  {
    // `PD-⏎L1`, `miR-143-⏎3p`: the hyphen belongs to the identifier.
    if before == 0x2D && CharClass.isIdentifierChar(beforeBefore)
      && CharClass.isIdentifierChar(after)
    {
      return .drop
    }
    // `RAP2B/⏎PI3K/AKT`: a slash list goes on.
    if before == 0x2F && CharClass.isIdentifierChar(after) { return .drop }
    if lineIsShort { return .hard }
    if CharClass.isCJK(before) || CharClass.isCJK(after) { return .drop }
    return .space
  }

  /// Sentence-final punctuation, half- or full-width.
  static func endsSentence(_ value: UInt32) -> Bool {
    value == 0x2E || value == 0x3002 || value == 0x21 || value == 0x3F || value == 0xFF01
      || value == 0xFF1F || value == 0x3B || value == 0xFF1B
  }

  /// Whether a line starting at `index` opens a new block: a table or figure caption
  /// (`表1`, `图 2`, `Table 1`, `Fig. 3`, `Figure 4`) or a numbered heading (`2.1 对肿瘤…`).
  static func startsBlock(_ input: [Unicode.Scalar], at index: Int) -> Bool {
    func at(_ offset: Int) -> UInt32 {
      index + offset < input.count ? input[index + offset].value : 0
    }
    func digitAfter(_ offset: Int) -> Bool {
      var cursor = offset
      while at(cursor) == 0x20 { cursor += 1 }
      return CharClass.isDigit(at(cursor))
    }
    let first = at(0)
    if first == 0x8868 || first == 0x56FE { return digitAfter(1) }  // 表 图
    for word in ["Table", "Fig.", "Figure"] {
      let scalars = Array(word.unicodeScalars)
      if scalars.indices.allSatisfy({ at($0) == scalars[$0].value }) {
        return digitAfter(scalars.count)
      }
    }
    // `2.1 `, `3.1.1 `, `1 ` followed by a non-digit: a numbered heading.
    guard CharClass.isDigit(first) else { return false }
    var cursor = 0
    while CharClass.isDigit(at(cursor)) || (at(cursor) == 0x2E && CharClass.isDigit(at(cursor + 1)))
    {
      cursor += 1
    }
    guard cursor <= 7, at(cursor) == 0x20 else { return false }
    let next = at(cursor + 1)
    return next != 0 && !CharClass.isDigit(next) && !CharClass.isASCIILower(next)
  }

  /// The width below which a line counts as short: a share of the 75th percentile of line widths.
  static func shortLineLimit(_ input: [Unicode.Scalar]) -> Int {
    var widths: [Int] = []
    var width = 0
    var leading = true
    for scalar in input {
      let value = scalar.value
      if CharClass.isLineBreak(value) {
        if width > 0 { widths.append(width) }
        width = 0
        leading = true
      } else if CharClass.isSpace(value) {
        if !leading { width += 1 }
      } else {
        leading = false
        width += CharClass.width(value)
      }
    }
    if width > 0 { widths.append(width) }
    guard widths.count >= 2 else { return 0 }
    widths.sort()
    let typical = widths[(widths.count * 3) / 4]
    return Int(Double(typical) * shortLineShare)
  }
}

/// Folds one scalar: NFKC, then dash and tilde variants, quotes and invisible characters.
struct ScalarFolder {
  private var cache: [UInt32: [Unicode.Scalar]] = [:]

  mutating func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    if let known = cache[scalar.value] { return known }
    var result: [Unicode.Scalar] = []
    if let special = Self.special(scalar.value) {
      result = special
    } else {
      for part in String(Character(scalar)).precomposedStringWithCompatibilityMapping
        .unicodeScalars
      {
        result.append(contentsOf: Self.special(part.value) ?? [part])
      }
    }
    cache[scalar.value] = result
    return result
  }

  /// Foldings beyond NFKC.
  static func special(_ value: UInt32) -> [Unicode.Scalar]? {
    switch value {
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x2043,
      0x02D7, 0x2E3A, 0x2E3B:
      return ["-"]
    case 0x223C, 0x301C, 0xFF5E, 0x2053, 0x02DC:
      return ["~"]
    case 0x2018, 0x2019, 0x201B, 0x2032, 0x00B4, 0x02B9, 0x02BC:
      return ["'"]
    case 0x201C, 0x201D, 0x201F, 0x2033:
      return ["\""]
    case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
      return []
    default:
      return nil
    }
  }
}
