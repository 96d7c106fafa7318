/// A cancer (`非小细胞肺癌`, `NSCLC`, `non-small cell lung cancer`) with its Disease Ontology id.
public struct CancerEntry: Sendable, Equatable, Codable {
  /// The normalised English name (the Disease Ontology term name), e.g.
  /// `lung non-small cell carcinoma`.
  public let name: String
  /// The Disease Ontology id, e.g. `DOID:3908`.
  public let doid: String?
  /// Chinese names (curated table only).
  public let chineseNames: [String]
  /// Abbreviations, matched with their case as written.
  public let abbreviations: [String]
  /// Other English names (curated and Disease Ontology synonyms).
  public let synonyms: [String]
}
