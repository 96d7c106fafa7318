import GleanFindings

/// How a finding differs between the two sides.
public enum FindingChangeKind: String, Sendable, Codable, CaseIterable {
  /// Only on the new side.
  case added
  /// Only on the old side.
  case removed
  /// The same claim with different content (the fields say which).
  case changed
  /// The same finding whose evidence only moved: new page, offsets, box or line breaks.
  case moved
}

/// A finding that was added, removed, changed or moved.
public struct FindingChange: Sendable, Codable, Equatable {
  public var kind: FindingChangeKind
  /// Its position in the old paper's `findings`, when it is there.
  public var oldIndex: Int?
  /// Its position in the new paper's `findings`, when it is there.
  public var newIndex: Int?
  /// The fields that differ (for `changed`; `evidence` when the evidence text itself changed).
  public var fields: [FieldChange]
  /// The evidence also moved (for `changed`: besides the fields).
  public var evidenceMoved: Bool
  public var old: Finding?
  public var new: Finding?

  public init(
    kind: FindingChangeKind, oldIndex: Int?, newIndex: Int?, fields: [FieldChange] = [],
    evidenceMoved: Bool = false, old: Finding?, new: Finding?
  ) {
    self.kind = kind
    self.oldIndex = oldIndex
    self.newIndex = newIndex
    self.fields = fields
    self.evidenceMoved = evidenceMoved
    self.old = old
    self.new = new
  }

  enum CodingKeys: String, CodingKey {
    case kind
    case oldIndex = "old_index"
    case newIndex = "new_index"
    case fields
    case evidenceMoved = "evidence_moved"
    case old, new
  }

  /// The finding as it is now (new side), or as it was when removed.
  public var current: Finding? { new ?? old }
}
