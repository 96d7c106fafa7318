/// How a mention matched a gene; earlier cases rank first.
public enum GeneMatchKind: Int, Sendable, Equatable, Comparable, Codable {
  /// The HGNC approved symbol (`VEGFA`, `IL6` for `IL-6`).
  case approvedSymbol = 0
  /// A previous HGNC symbol (`VEGF` → VEGFA).
  case previousSymbol = 1
  /// A text, matched as written (case included), that FamPlex's grounding map grounds to
  /// this gene (UniProt mapped through HGNC): `p27` → CDKN1B, `YAP` → YAP1. It ranks above
  /// HGNC aliases because the map was curated from how papers write names.
  case groundingText = 2
  /// An HGNC alias symbol (`ERK1` → MAPK3, `PD-L1` → CD274, `CD29` → ITGB1).
  case alias = 3
  /// The HGNC approved name (`cyclin E1` → CCNE1).
  case approvedName = 4
  /// A Chinese name from the curated table (`血管内皮生长因子` → VEGFA).
  case chineseName = 5

  public static func < (lhs: GeneMatchKind, rhs: GeneMatchKind) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

/// A human gene (HGNC approved entry) a mention resolves to.
public struct GeneEntry: Sendable, Equatable, Codable {
  /// The HGNC approved symbol, e.g. `VEGFA`: the normalised name.
  public let symbol: String
  /// The HGNC id, e.g. `HGNC:12680`.
  public let hgncID: String
  /// The HGNC approved name, e.g. `vascular endothelial growth factor A`.
  public let name: String
  /// The HGNC locus type, e.g. `gene with protein product`.
  public let locusType: String
  /// How the mention matched; candidates are ranked by it.
  public let matchedBy: GeneMatchKind
}
