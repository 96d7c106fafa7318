import GleanPDF

/// Judges a page's text layer: present or not, readable or garbled.
///
/// A page is `empty` when it has no visible character. It is `garbled` when at least 10% of its
/// visible characters (and at least 8) are replacement characters, private-use glyphs or control
/// characters, or when at least 20% (and at least 20) are "soup": runs of Latin-1 symbols, letters
/// of scripts a Chinese or English paper does not use, or rare ASCII symbols (what poppler prints
/// for fonts without a Unicode map).
enum QualityCheck {
  static func judge(_ page: PageText) -> PageQuality {
    var visible = 0
    var replacement = 0
    var privateUse = 0
    var control = 0
    var soup = 0
    // Latin-1 and Windows-1252 symbols in runs of two or more: what a CJK font without a
    // Unicode map decodes to (`•‚ƒ„…†‡`). Alone (`°C`, `±`, `é`) they are ordinary text.
    var previousHigh = false
    var previousCounted = false
    for scalar in page.scalars {
      let high = isLatin1Symbol(scalar)
      if high, previousHigh {
        soup += previousCounted ? 1 : 2
        previousCounted = true
      } else {
        previousCounted = false
      }
      previousHigh = high
      if ScalarClass.isWhitespace(scalar) { continue }
      visible += 1
      if scalar.value == 0xFFFD {
        replacement += 1
      } else if ScalarClass.isPrivateUse(scalar) {
        privateUse += 1
      } else if ScalarClass.isControl(scalar) {
        control += 1
      } else if isSoup(scalar) {
        soup += 1
      }
    }
    let bad = replacement + privateUse + control
    var status = PageQuality.Status.ok
    var reason: String?
    if visible == 0 {
      status = .empty
      reason = "no text layer (a scanned or blank page)"
    } else if bad >= 8, Double(bad) >= 0.1 * Double(visible) {
      status = .garbled
      var parts: [String] = []
      if replacement > 0 { parts.append("\(replacement) replacement characters") }
      if privateUse > 0 { parts.append("\(privateUse) private-use glyphs") }
      if control > 0 { parts.append("\(control) control characters") }
      reason = "garbled text layer (\(parts.joined(separator: ", ")) in \(visible) characters)"
    } else if soup >= 20, Double(soup + bad) >= 0.2 * Double(visible) {
      status = .garbled
      reason =
        "garbled text layer (\(soup) of \(visible) characters look like glyph codes, "
        + "a font without a Unicode map)"
    }
    return PageQuality(
      status: status, characters: visible, replacementCharacters: replacement,
      privateUseCharacters: privateUse, controlCharacters: control, soupCharacters: soup,
      reason: reason)
  }

  /// Scalars of the Latin-1 supplement and the Windows-1252 extras (`€‚ƒ„…†‡ˆ‰Š‹Œ‘’“”•–—˜™`).
  static func isLatin1Symbol(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x80...0xFF:
      return s.value != 0xA0
    case 0x152, 0x153, 0x160, 0x161, 0x178, 0x17D, 0x17E, 0x192, 0x2C6, 0x2DC, 0x2013, 0x2014,
      0x2018...0x201E, 0x2020...0x2022, 0x2026, 0x2030, 0x2039, 0x203A, 0x20AC, 0x2122:
      return true
    default:
      return false
    }
  }

  /// Characters that running Chinese or English text hardly ever holds.
  static func isSoup(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x23, 0x24, 0x26, 0x40, 0x5C, 0x5E, 0x5F, 0x60, 0x7B, 0x7C, 0x7D, 0x7E:
      // # $ & @ \ ^ _ ` { | } ~
      return true
    case 0x0530...0x1CFF:
      // Armenian, Hebrew, Arabic, Indic, Thai, Georgian, … : what identity-mapped glyph codes
      // turn into.
      return true
    case 0x0100...0x036F:
      // Extended Latin letters and combining marks beyond Latin-1.
      return s.properties.generalCategory == .nonspacingMark
    default:
      return false
    }
  }
}
