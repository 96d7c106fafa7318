/// A signalling pathway (`Hedgehog signaling pathway`, KEGG `hsa04340`).
public struct PathwayEntry: Sendable, Equatable, Codable {
  /// The normalised name, e.g. `MAPK signaling pathway`.
  public let name: String
  /// The KEGG human pathway map id, e.g. `hsa04010`, when the pathway has one.
  public let keggID: String?
  /// Chinese names.
  public let chineseNames: [String]
  /// Other names and spellings.
  public let synonyms: [String]
  /// Core members: HGNC symbols, or `FPLX:<id>` for FamPlex families.
  public let members: [String]
}
