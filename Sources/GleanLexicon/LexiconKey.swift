import Foundation

/// The key folding used by every look-up, so that the ways papers write one name meet.
///
/// ``fold(_:)`` (genes, families, exosome sources, Chinese names):
/// - compatibility-normalises (NFKC), so full-width `ＩＬ－６` reads as `IL-6`;
/// - lower-cases Latin letters (`P27KIP1` == `p27kip1`);
/// - spells out Greek letters in lower case (`α`→`alpha`, `β`→`beta`, `γ`→`gamma`,
///   `κ`→`kappa`, …, and `µ`→`mu`), because HGNC writes `HIF-1alpha` where papers write
///   `HIF-1α`; the German `ß`, which PDFs often carry in place of `β`, also becomes `beta`;
/// - removes spaces, hyphens and dashes (`-‐‑‒–—−－`), underscores and middle dots, so
///   `HIF-1α` == `HIF1alpha` == `hif 1 alpha` and `PD-L1` == `PDL1`.
///
/// It does not shorten Greek names (`HIF1alpha` is not `HIF1A`), drop digits, touch `/`, `.`,
/// `(` or `)`, or change CJK characters: those would make different names meet.
///
/// ``foldLoose(_:)`` (cell lines, pathways) also removes `.`, `/`, `:`, `,`, `(` and `)`,
/// because `RAW 264.7` == `RAW264.7` and `PI3K/Akt` == `PI3K-Akt` there.
public enum LexiconKey {
  /// Folds `text` for gene, family, exosome-source and Chinese-name look-ups.
  public static func fold(_ text: String) -> String {
    fold(text, loose: false)
  }

  /// Folds `text` like ``fold(_:)`` and also drops `.`, `/`, `:`, `,`, `(` and `)`.
  public static func foldLoose(_ text: String) -> String {
    fold(text, loose: true)
  }

  private static func fold(_ text: String, loose: Bool) -> String {
    var text = text
    let folded: String? = text.withUTF8 { utf8 in
      for byte in utf8 where byte >= 0x80 { return nil }
      // ASCII folds byte by byte, straight into the result's storage.
      return String(unsafeUninitializedCapacity: utf8.count) { buffer in
        var count = 0
        for byte in utf8 {
          if let folded = foldASCII(byte, loose: loose) {
            buffer[count] = folded
            count += 1
          }
        }
        return count
      }
    }
    if let folded {
      return folded
    }
    return foldUnicode(text.precomposedStringWithCompatibilityMapping, loose: loose)
  }

  @inline(__always)
  private static func foldASCII(_ byte: UInt8, loose: Bool) -> UInt8? {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
      return byte + 32
    case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"), 0x09, 0x0A, 0x0D:
      return nil
    case UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ","),
      UInt8(ascii: "("), UInt8(ascii: ")"):
      return loose ? nil : byte
    default:
      return byte
    }
  }

  private static func foldUnicode(_ text: String, loose: Bool) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        if let folded = foldASCII(UInt8(scalar.value), loose: loose) {
          out.append(Unicode.Scalar(folded))
        }
        continue
      }
      if let name = greekNames[scalar.value] {
        out.append(contentsOf: name.unicodeScalars)
        continue
      }
      if removed.contains(scalar.value) || scalar.properties.isWhitespace {
        continue
      }
      if scalar.properties.isUppercase {
        out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Dashes, hyphens and separators that fold away (besides ASCII ones and whitespace).
  private static let removed: Set<UInt32> = [
    0x00AD, 0x00B7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2027,
    0x30FB, 0xFE58, 0xFE63, 0xFF0D, 0x200B,
  ]

  /// Greek letters (both cases, final sigma, symbol variants) and the micro and sharp-s signs.
  private static let greekNames: [UInt32: String] = {
    let names = [
      "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
      "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon",
      "phi", "chi", "psi", "omega",
    ]
    var table: [UInt32: String] = [:]
    for (offset, name) in names.enumerated() {
      // U+03B1 α … U+03C9 ω (U+03C2 is the final ς), U+0391 Α … U+03A9 Ω (U+03A2 unused).
      table[0x03B1 + UInt32(offset)] = name
      table[0x0391 + UInt32(offset)] = name
    }
    table[0x03D0] = "beta"  // ϐ
    table[0x03D1] = "theta"  // ϑ
    table[0x03D5] = "phi"  // ϕ
    table[0x03F0] = "kappa"  // ϰ
    table[0x03F5] = "epsilon"  // ϵ
    table[0x00B5] = "mu"  // µ micro sign
    table[0x00DF] = "beta"  // ß, a common stand-in for β in PDFs
    table.removeValue(forKey: 0x03A2)
    return table
  }()
}
