/// Character classes the layout rules need, decided on Unicode scalars.
enum ScalarClass {
  /// Han ideographs, kana and Hangul syllables: scripts written without spaces between words.
  static func isIdeograph(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2EBEF, 0xF900...0xFAFF, 0x3040...0x30FF,
      0x31F0...0x31FF, 0xAC00...0xD7AF, 0x3005...0x3007:
      return true
    default:
      return false
    }
  }

  /// Ideographic and full-width punctuation (、。，；：？！（）【】《》「」 …), which carries its
  /// own spacing, plus the curly quotes Chinese text uses.
  static func isWidePunctuation(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3000...0x3004, 0x3008...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40,
      0xFF5B...0xFF65, 0xFE10...0xFE1F, 0xFE30...0xFE4F, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026,
      0x2014, 0x00B7:
      return true
    default:
      return false
    }
  }

  /// Ideographs, full-width forms and wide punctuation: text joined without spaces.
  static func isCJK(_ s: Unicode.Scalar) -> Bool {
    isIdeograph(s) || isWidePunctuation(s) || (0xFF10...0xFFEF).contains(s.value)
  }

  /// Spaces of any width (not line breaks).
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x20, 0x09, 0xA0, 0x3000, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF:
      return true
    default:
      return false
    }
  }

  /// Line and paragraph breaks.
  static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  static func isWhitespace(_ s: Unicode.Scalar) -> Bool { isSpace(s) || isLineBreak(s) }

  /// Hyphens that may end a line: hyphen-minus, hyphen, non-breaking hyphen, soft hyphen.
  static func isHyphen(_ s: Unicode.Scalar) -> Bool {
    s.value == 0x2D || s.value == 0x2010 || s.value == 0x2011 || s.value == 0xAD
  }

  static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }

  static func isDigit(_ s: Unicode.Scalar) -> Bool {
    s.properties.numericType == .decimal
  }

  static func isUpper(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }

  static func isLower(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }

  static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic && !isIdeograph(s) }

  /// Latin letters (basic and extended) only.
  static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return s.properties.isAlphabetic
    default: return false
    }
  }

  /// Private-use code points: glyphs with no Unicode meaning.
  static func isPrivateUse(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: return true
    default: return false
    }
  }

  /// Control characters that never belong in text (tab and line breaks excepted).
  static func isControl(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F, 0xFFFE, 0xFFFF: return true
    default: return false
    }
  }

  /// Sentence-ending punctuation, Latin or CJK.
  static func endsSentence(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F, 0xFF0E: return true
    default: return false
    }
  }
}

extension Array where Element == Unicode.Scalar {
  /// The scalars as a `String` (encoded to UTF-8 in one buffer: much faster than appending to a
  /// `String.UnicodeScalarView` scalar by scalar).
  var string: String {
    String(unsafeUninitializedCapacity: count * 4) { buffer in
      var index = 0
      for scalar in self {
        let value = scalar.value
        switch value {
        case 0..<0x80:
          buffer[index] = UInt8(value)
          index += 1
        case 0x80..<0x800:
          buffer[index] = UInt8(0xC0 | (value >> 6))
          buffer[index + 1] = UInt8(0x80 | (value & 0x3F))
          index += 2
        case 0x800..<0x10000:
          buffer[index] = UInt8(0xE0 | (value >> 12))
          buffer[index + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
          buffer[index + 2] = UInt8(0x80 | (value & 0x3F))
          index += 3
        default:
          buffer[index] = UInt8(0xF0 | (value >> 18))
          buffer[index + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
          buffer[index + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
          buffer[index + 3] = UInt8(0x80 | (value & 0x3F))
          index += 4
        }
      }
      return index
    }
  }
}

extension String {
  /// The string's scalars as an array.
  var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }
}
