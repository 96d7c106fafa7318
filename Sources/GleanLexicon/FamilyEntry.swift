/// A FamPlex protein family or complex (`AKT`, `ERK`, `PI3K`, `MMP`, `Caspase`, `NFkappaB`).
public struct FamilyEntry: Sendable, Equatable, Codable {
  /// The FamPlex id, e.g. `ERK`: the normalised name.
  public let id: String
  /// Direct members by `isa`: `HGNC:<symbol>` genes or `FPLX:<id>` sub-families.
  public let isaMembers: [String]
  /// Direct members by `partof` (complex subunits), same form.
  public let partofMembers: [String]
  /// Every HGNC symbol reached through members and sub-families, sorted.
  public let memberGenes: [String]
}
