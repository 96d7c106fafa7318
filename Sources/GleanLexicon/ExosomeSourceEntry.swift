/// Where exosomes come from (`BMSC-Exo`, `hUC-MSC-Exo`, `tumour-derived Exo`).
public struct ExosomeSourceEntry: Sendable, Equatable, Codable {
  /// The normalised source name, e.g. `BMSC-Exo`.
  public let name: String
  /// The broader source, e.g. `MSC-Exo` for `BMSC-Exo`.
  public let parent: String?
  /// The producing cell type, e.g. `bone marrow mesenchymal stem cell`.
  public let cellType: String
  /// The tissue of origin, e.g. `bone marrow`, when one is implied.
  public let tissue: String?
  /// Chinese names.
  public let chineseNames: [String]
  /// Other names and spellings.
  public let synonyms: [String]
}
