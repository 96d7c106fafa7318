/// What happened to a paper between the two sides.
public enum PaperStatus: String, Sendable, Codable, CaseIterable {
  /// On both sides, with the same findings and entities (moves aside).
  case unchanged
  /// On both sides, with changes.
  case changed
  /// Only on the new side.
  case added
  /// Only on the old side.
  case removed
  /// Extracted on the old side, failing on the new one (or failing on the new side only).
  case failing
  /// Failing on the old side, extracted on the new one.
  case recovered
  /// Failing on both sides: nothing changed.
  case stillFailing = "still_failing"

  /// Whether this status is a change by itself.
  public var isChange: Bool {
    switch self {
    case .unchanged, .stillFailing: false
    case .changed, .added, .removed, .failing, .recovered: true
    }
  }
}

/// The differences of one paper.
public struct PaperDiff: Sendable, Codable, Equatable {
  /// The paper's key (DOI, normalised title or file name), new side first.
  public var key: String
  /// The paper's file, new side first.
  public var file: String
  /// The SHA-256 of the old and new files, when extracted.
  public var oldID: String?
  public var newID: String?
  public var status: PaperStatus
  /// Why the paper fails on the new side (or failed on the old side, for `recovered`).
  public var failure: String?
  /// Paper fields that changed: `key`, `title`, `doi`, `language`, `quality`. A change.
  public var paperFields: [FieldChange]
  /// Fields that say the file is another version: `id` (its bytes), `pages`. Not a change by
  /// itself: a re-typeset paper with the same findings is unchanged.
  public var versionFields: [FieldChange]
  public var findings: [FindingChange]
  public var entities: [EntityChange]
  /// False when a side has no entities (an export file): entity changes are then not known.
  public var entitiesCompared: Bool
  public var counts: ChangeCounts

  public init(
    key: String, file: String, oldID: String?, newID: String?, status: PaperStatus,
    failure: String? = nil, paperFields: [FieldChange] = [], versionFields: [FieldChange] = [],
    findings: [FindingChange] = [], entities: [EntityChange] = [], entitiesCompared: Bool = true
  ) {
    self.key = key
    self.file = file
    self.oldID = oldID
    self.newID = newID
    self.status = status
    self.failure = failure
    self.paperFields = paperFields
    self.versionFields = versionFields
    self.findings = findings
    self.entities = entities
    self.entitiesCompared = entitiesCompared
    self.counts = ChangeCounts(findings: findings, entities: entities)
  }

  enum CodingKeys: String, CodingKey {
    case key, file
    case oldID = "old_id"
    case newID = "new_id"
    case status, failure
    case paperFields = "paper_fields"
    case versionFields = "version_fields"
    case findings, entities
    case entitiesCompared = "entities_compared"
    case counts
  }

  /// Whether the paper has anything a reviewer must look at (moves and version aside).
  public var hasChanges: Bool { status.isChange }

  /// Whether it has only moves or a new version to show.
  public var hasMovesOrVersion: Bool { counts.moves > 0 || !versionFields.isEmpty }
}
