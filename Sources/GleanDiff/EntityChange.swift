import GleanEntities

/// How an entity mention differs between the two sides.
public enum EntityChangeKind: String, Sendable, Codable, CaseIterable {
  /// Only on the new side.
  case added
  /// Only on the old side.
  case removed
  /// The same mention with a new type, name, ids or members (a dictionary update).
  case renormalised
  /// The same mention with a new rule, flags, role or span.
  case changed
  /// The same mention at a new page or offset, or in a sentence cut differently.
  case moved
}

/// An entity mention that was added, removed, re-normalised, changed or moved.
public struct EntityChange: Sendable, Codable, Equatable {
  public var kind: EntityChangeKind
  public var oldIndex: Int?
  public var newIndex: Int?
  /// The fields that differ (for `renormalised` and `changed`).
  public var fields: [FieldChange]
  public var old: Mention?
  public var new: Mention?

  public init(
    kind: EntityChangeKind, oldIndex: Int?, newIndex: Int?, fields: [FieldChange] = [],
    old: Mention?, new: Mention?
  ) {
    self.kind = kind
    self.oldIndex = oldIndex
    self.newIndex = newIndex
    self.fields = fields
    self.old = old
    self.new = new
  }

  enum CodingKeys: String, CodingKey {
    case kind
    case oldIndex = "old_index"
    case newIndex = "new_index"
    case fields, old, new
  }

  /// The mention as it is now, or as it was when removed.
  public var current: Mention? { new ?? old }
}
