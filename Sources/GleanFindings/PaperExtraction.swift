import GleanEntities

/// What `glean extract` prints for one paper and what the store saves: the paper, the verdict on
/// its text layer, its entity mentions and its finding records.
///
/// The JSON form is a public contract: keys `paper`, `quality`, `entities`, `findings`; fields
/// may be added, never renamed or dropped.
public struct PaperExtraction: Sendable, Codable, Equatable {
  /// What identifies the paper (its file's SHA-256, its stable key) and what it is.
  public var paper: PaperInfo
  /// The text layer's verdict: usable, garbled pages, warnings.
  public var quality: PaperQuality
  /// The entity mentions, as `glean entities` prints them (page and page-relative offsets).
  public var entities: [Mention]
  /// The finding records, in reading order.
  public var findings: [Finding]

  public init(paper: PaperInfo, quality: PaperQuality, entities: [Mention], findings: [Finding]) {
    self.paper = paper
    self.quality = quality
    self.entities = entities
    self.findings = findings
  }
}
