/// A cell line (`MG-63`, `SGC-7901`, `HCT 116`) with its Cellosaurus accession.
public struct CellLineEntry: Sendable, Equatable, Codable {
  /// The normalised name, as Cellosaurus or EFO writes it, e.g. `MG-63`.
  public let name: String
  /// The Cellosaurus accession, e.g. `CVCL_0426`, when one is known.
  public let cellosaurusID: String?
  /// Other spellings.
  public let synonyms: [String]
  /// Where the entry comes from: the curated table's source note, or the EFO id.
  public let source: String
  /// A caution worth showing a curator (e.g. a line known to be a HeLa derivative).
  public let note: String?
}
