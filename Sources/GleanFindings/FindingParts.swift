/// A normalised entity a finding refers to.
public struct EntityRef: Sendable, Codable, Equatable, Hashable {
  /// The normalised name (`CCNE1`, `non-small cell lung cancer`, `HCT 116`).
  public var normalized: String
  /// Database ids (`HGNC:1589`, `DOID:3908`, `CVCL_0291`, `hsa04151`).
  public var ids: [String]

  public init(normalized: String, ids: [String]) {
    self.normalized = normalized
    self.ids = ids
  }
}

/// A miRNA a finding refers to, with its role in the claim.
public struct MirnaRef: Sendable, Codable, Equatable, Hashable {
  /// miRBase name with species prefix (`hsa-miR-144`).
  public var normalized: String
  /// miRBase accessions (MIMAT… or MI…).
  public var ids: [String]
  /// `cargo`, `inhibitor`, `mimic`, `precursor`, ….
  public var role: String

  public init(normalized: String, ids: [String], role: String) {
    self.normalized = normalized
    self.ids = ids
    self.role = role
  }
}

/// The exosome source of a finding: as written and normalised.
public struct SourceRef: Sendable, Codable, Equatable, Hashable {
  /// As the paper writes it (`BMSC-Exo`).
  public var text: String
  /// The normalised source name.
  public var normalized: String

  public init(text: String, normalized: String) {
    self.text = text
    self.normalized = normalized
  }
}

/// Where a finding was read: a sentence or a table row on a page.
public struct Evidence: Sendable, Codable, Equatable, Hashable {
  /// 1-based page (0 for text input).
  public var page: Int
  /// The sentence or the table row (cells joined by TAB).
  public var text: String
  /// Start, in Unicode scalars, into that page's text as `glean text` prints it.
  public var start: Int
  /// End (exclusive), likewise.
  public var end: Int
  /// The bounding box `[x0, y0, x1, y1]` in points, origin top-left; `nil` for text input.
  public var box: [Double]?

  public init(page: Int, text: String, start: Int, end: Int, box: [Double]?) {
    self.page = page
    self.text = text
    self.start = start
    self.end = end
    self.box = box
  }

  enum CodingKeys: String, CodingKey { case page, text, start, end, box }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(page, forKey: .page)
    try container.encode(text, forKey: .text)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(box, forKey: .box)
  }
}
