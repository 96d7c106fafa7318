/// One miRBase entry: a mature miRNA (MIMAT accession) or a hairpin precursor (MI accession).
public struct MirbaseRecord: Sendable, Equatable, Hashable, Codable {
  /// `MIMAT0000435` or `MI0000459`.
  public let accession: String
  /// The miRBase name: `hsa-miR-143-3p` for a mature, `hsa-mir-143` for a precursor.
  public let name: String

  /// Creates a record from an accession and its miRBase name.
  public init(accession: String, name: String) {
    self.accession = accession
    self.name = name
  }
}

/// What a miRNA name resolves to in miRBase release 22.
///
/// A name with an arm (`hsa-miR-143-3p`) resolves to one mature miRNA. A name without one
/// (`hsa-miR-144`) resolves to its precursor(s); when those precursors give a single mature
/// miRNA, that mature is reported too and ``isMatureUnique`` is true.
public struct MirnaEntry: Sendable, Equatable, Codable {
  /// Whether the name was resolved as a mature miRNA or as precursor(s).
  public enum Kind: String, Sendable, Equatable, Codable {
    /// The name names one mature miRNA (its arm was written, or miRBase names it so).
    case mature
    /// The name has no arm and names hairpin precursor(s).
    case precursor
  }

  /// The normalised name: miRBase form with species prefix, the arm kept only when written,
  /// e.g. `hsa-miR-143-3p`, `hsa-miR-144`, `hsa-let-7a`.
  public let name: String
  /// Whether ``name`` resolved as a mature miRNA or as precursor(s).
  public let kind: Kind
  /// The mature miRNA: the one named, or the only one the precursors give.
  public let mature: MirbaseRecord?
  /// The hairpin precursors: of the mature, or those the name names.
  public let precursors: [MirbaseRecord]
  /// Every mature miRNA of ``precursors``.
  public let matures: [MirbaseRecord]

  /// True when the name determines one mature miRNA.
  public var isMatureUnique: Bool { mature != nil }

  /// The identifiers to record: the MIMAT accession for a written arm or a unique mature,
  /// otherwise the MI accession(s) of the precursor(s).
  public var ids: [String] {
    if let mature {
      return [mature.accession]
    }
    return precursors.map(\.accession)
  }
}
