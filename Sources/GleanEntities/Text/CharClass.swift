/// Character classes the normaliser, the segmenters and the recognisers agree on, by scalar value.
enum CharClass {
  /// A CJK ideograph (unified, extension A–F, compatibility).
  @inline(__always) static func isIdeograph(_ value: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FA1F).contains(value)
  }

  /// Any scalar of Chinese running text: ideographs, CJK punctuation, full-width forms, kana.
  @inline(__always) static func isCJK(_ value: UInt32) -> Bool {
    if value < 0x2E80 { return false }
    return isIdeograph(value) || (0x3000...0x30FF).contains(value)
      || (0xFF00...0xFFEF).contains(value) || (0x2E80...0x2FDF).contains(value)
  }

  @inline(__always) static func isASCIILetter(_ value: UInt32) -> Bool {
    (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
  }

  @inline(__always) static func isASCIIUpper(_ value: UInt32) -> Bool {
    (0x41...0x5A).contains(value)
  }

  @inline(__always) static func isASCIILower(_ value: UInt32) -> Bool {
    (0x61...0x7A).contains(value)
  }

  @inline(__always) static func isDigit(_ value: UInt32) -> Bool {
    (0x30...0x39).contains(value)
  }

  @inline(__always) static func isGreekLetter(_ value: UInt32) -> Bool {
    (0x391...0x3A9).contains(value) || (0x3B1...0x3C9).contains(value) || value == 0x3BC
  }

  /// Letters and digits that make up Latin identifiers (`HIF-1α`, `p27kip1`).
  @inline(__always) static func isIdentifierChar(_ value: UInt32) -> Bool {
    isASCIILetter(value) || isDigit(value) || isGreekLetter(value)
  }

  /// Horizontal white space (not a line break).
  @inline(__always) static func isSpace(_ value: UInt32) -> Bool {
    value == 0x20 || value == 0x09 || value == 0xA0 || value == 0x3000
      || (0x2000...0x200B).contains(value) || value == 0x202F || value == 0x205F
  }

  @inline(__always) static func isLineBreak(_ value: UInt32) -> Bool {
    value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x0C
  }

  /// Display width: 2 for CJK, 1 otherwise.
  @inline(__always) static func width(_ value: UInt32) -> Int {
    isCJK(value) ? 2 : 1
  }
}
