import Foundation

/// Turns a miRNA name as papers write it into the miRBase form with a species prefix.
///
/// `miR-143-3p`, `hsa-miR-143-3p`, `MiR-143-3p`, `microRNA-143-3p`, `miRNA-143-3p`,
/// `微小RNA-143-3p` and `miR 143-3p` all become `hsa-miR-143-3p`; `let-7a` becomes
/// `hsa-let-7a`; `mmu-mir-21a` becomes `mmu-miR-21a`. The arm (`-3p`, `-5p`) is kept only
/// when written. The species prefix is any three- or four-letter code before the name and
/// is kept as written (lower-cased): a misspelt `has-miR-144` stays `has-miR-144` and is
/// then not found in miRBase.
public enum MirnaName {
  /// The miRBase-form name of `written`, or `nil` when it is not a miRNA name.
  /// - Parameters:
  ///   - written: the name as written, e.g. `miR-143-3p` or `微小RNA-143-3p`.
  ///   - defaultSpecies: the prefix added when none is written (`hsa`).
  public static func normalise(_ written: String, defaultSpecies: String = "hsa") -> String? {
    var text = Substring(tidy(written))
    var species = defaultSpecies.lowercased()
    if let dash = text.firstIndex(of: "-") {
      let head = text[..<dash]
      let rest = text[text.index(after: dash)...]
      if (3...4).contains(head.count), head.allSatisfy({ $0.isASCII && $0.isLetter }),
        prefix(of: rest) != nil
      {
        species = head.lowercased()
        text = rest
      }
    }
    guard let (kind, length) = prefix(of: text) else {
      return nil
    }
    var body = text.dropFirst(length)
    if body.first == "-" {
      body = body.dropFirst()
    }
    guard let first = body.first, first.isASCII, first.isNumber,
      body.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
      body.last != "-"
    else {
      return nil
    }
    return "\(species)-\(kind)-\(body.lowercased())"
  }

  /// The name's prefix (`miR` or `let`) and how many characters it spans, if it starts with
  /// one of the spellings papers use.
  private static func prefix(of text: Substring) -> (String, Int)? {
    let lower = text.lowercased()
    for (spelling, kind) in spellings where lower.hasPrefix(spelling) {
      return (kind, spelling.count)
    }
    return nil
  }

  /// Longest first, so `microrna` wins over `mir`.
  private static let spellings: [(String, String)] = [
    ("microrna", "miR"), ("微小rna", "miR"), ("微rna", "miR"), ("mirna", "miR"),
    ("mir", "miR"), ("let", "let"),
  ]

  /// NFKC, one ASCII hyphen for every dash, no spaces.
  private static func tidy(_ written: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in written.precomposedStringWithCompatibilityMapping.unicodeScalars {
      switch scalar.value {
      case 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D:
        out.append("-")
      default:
        if !scalar.properties.isWhitespace {
          out.append(scalar)
        }
      }
    }
    return String(out)
  }
}
