/// Comparison keys for text that layout may break differently: two texts with the same key say
/// the same thing, whatever the line width they were typeset with.
enum TextKey {
  /// The text without whitespace and without hyphens (a line break may add or drop both, e.g.
  /// `miR-143-\n3p`, `pro- liferation`), so that a re-typeset sentence keeps its key.
  static func squeeze(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !dropped(scalar) {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  private static func dropped(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isWhitespace { return true }
    switch scalar.value {
    case 0x2D, 0xAD, 0x2010, 0x2011: return true  // hyphen-minus, soft hyphen, hyphens
    case 0x200B, 0xFEFF: return true  // zero-width space, BOM
    default: return false
    }
  }
}
