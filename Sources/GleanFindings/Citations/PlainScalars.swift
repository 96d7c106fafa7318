/// Searches over Unicode scalars for the reference parser. Foundation's `range(of:)` and
/// `replacingOccurrences(of:with:)` compare canonically equivalent sequences as equal and keep
/// matches on character boundaries; on ``isPlain(_:)`` text a comparison of scalars finds the
/// same places, at a small part of the cost.
enum PlainScalars {
  /// Whether every scalar of `scalars` is one that has no canonical decomposition, combines with
  /// no neighbour into one character and is not ignorable: ASCII letters, digits, punctuation,
  /// tab and line feed; Latin-1 signs; basic Greek letters; general punctuation; CJK symbols;
  /// CJK ideographs; full-width forms.
  static func isPlain<Scalars: Sequence>(_ scalars: Scalars) -> Bool
  where Scalars.Element == Unicode.Scalar {
    scalars.allSatisfy { scalar in
      switch scalar.value {
      case 0x20...0x7E, 0x09, 0x0A: true
      case 0xA0...0xAC, 0xAE...0xBF, 0xD7, 0xF7: true
      case 0x391...0x3A1, 0x3A3...0x3A9, 0x3B1...0x3C9: true
      case 0x2010...0x2027, 0x2030...0x205E: true
      case 0x3000...0x3029, 0x3030...0x303F: true
      case 0x3400...0x4DBF, 0x4E00...0x9FFF: true
      case 0xFF01...0xFF5E: true
      default: false
      }
    }
  }

  /// Whether `needle` stands in `scalars` at `position`.
  static func hasPrefix(
    _ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], at position: Int
  ) -> Bool {
    guard position + needle.count <= scalars.count else { return false }
    for offset in needle.indices where scalars[position + offset] != needle[offset] {
      return false
    }
    return true
  }

  /// The first place of `needle` in `scalars` (in the indices of `scalars`).
  static func firstRange(
    of needle: [Unicode.Scalar], in scalars: ArraySlice<Unicode.Scalar>
  ) -> Range<Int>? {
    guard let first = needle.first, !scalars.isEmpty, needle.count <= scalars.count else {
      return nil
    }
    var position = scalars.startIndex
    let last = scalars.endIndex - needle.count
    while position <= last {
      if scalars[position] == first {
        var offset = 1
        while offset < needle.count, scalars[position + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return position..<(position + needle.count) }
      }
      position += 1
    }
    return nil
  }

  /// `scalars` with every occurrence of `needle` removed, from left to right.
  static func removing(_ needle: [Unicode.Scalar], from scalars: [Unicode.Scalar])
    -> [Unicode.Scalar]
  {
    guard !needle.isEmpty else { return scalars }
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(scalars.count)
    var position = 0
    while position < scalars.count {
      if scalars[position] == needle[0], hasPrefix(needle, in: scalars, at: position) {
        position += needle.count
      } else {
        result.append(scalars[position])
        position += 1
      }
    }
    return result
  }

  /// `scalars` without leading and trailing white space.
  static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    var lower = scalars.startIndex
    var upper = scalars.endIndex
    while lower < upper, scalars[lower].isSpace { lower += 1 }
    while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
    return scalars[lower..<upper]
  }
}
