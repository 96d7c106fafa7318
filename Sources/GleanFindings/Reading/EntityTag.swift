/// An entity mention as the finding reader sees it: its kind, normalisation and place, in scalar
/// offsets of the text being read.
struct EntityTag: Sendable, Equatable {
  enum Kind: String, Sendable {
    case mirna, gene, family, pathway, cellLine = "cell_line", cancer, source = "exosome_source"
  }

  var kind: Kind
  /// The text as written.
  var text: String
  /// The normalised name; empty when the recogniser could not normalise it.
  var normalized: String
  var ids: [String]
  var start: Int
  var end: Int
  /// The role the recogniser gave it (`inhibitor`, `mimic`, …), if any.
  var role: String?

  var range: Range<Int> { start..<end }

  /// Moved by `delta` scalars.
  func shifted(by delta: Int) -> EntityTag {
    var copy = self
    copy.start += delta
    copy.end += delta
    return copy
  }

  /// Whether the tag can be the object of a relation trigger.
  var isTarget: Bool { kind == .gene || kind == .family || kind == .pathway || kind == .mirna }

  var entityRef: EntityRef { EntityRef(normalized: normalized, ids: ids) }
}
