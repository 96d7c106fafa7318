import GleanEntities

/// The entity mentions of each side's papers, by paper id, for marking evidence.
public struct PaperMentions: Sendable {
  var old: [String: [Mention]] = [:]
  var new: [String: [Mention]] = [:]

  /// No mentions: evidence is shown unmarked.
  public init() {}

  public init(old: DiffSide, new: DiffSide) {
    for paper in old.papers { self.old[paper.extraction.paper.id] = paper.extraction.entities }
    for paper in new.papers { self.new[paper.extraction.paper.id] = paper.extraction.entities }
  }

  func old(_ id: String?) -> [Mention] { id.flatMap { old[$0] } ?? [] }
  func new(_ id: String?) -> [Mention] { id.flatMap { new[$0] } ?? [] }
}
