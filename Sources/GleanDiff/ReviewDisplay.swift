import GleanEntities
import GleanFindings

/// How `glean review` shows one item: the change, its evidence sentence or table row with the
/// entities marked, and what the marks stand for. Plain lines, readable in any terminal.
struct ReviewDisplay {
  var style: Style
  var showMoved: Bool
  var text: TextReport

  init(style: Style, showMoved: Bool, mentions: PaperMentions) {
    self.style = style
    self.showMoved = showMoved
    text = TextReport(style: style, showMoved: showMoved, mentions: mentions)
  }

  /// The item's title: its kind, and for entities the kind of their change.
  func title(_ item: ReviewItem, paper: PaperDiff) -> String {
    guard item.kind == .entities, let first = item.entities.first else {
      return item.kind.rawValue
    }
    let count = item.entities.count > 1 ? " (\(item.entities.count) mentions)" : ""
    return "entity \(paper.entities[first].kind.rawValue)\(count)"
  }

  func lines(_ item: ReviewItem, paper: PaperDiff, expectedFile: String?) -> [String] {
    let target = expectedFile.map { " → \($0)" } ?? ""
    switch item.kind {
    case .paperAdded:
      var out = ["  new paper \(paper.file)\(target)"]
      if let failure = paper.failure { out.append("  was failing: \(failure)") }
      out.append(
        "  \(paper.findings.count) findings, \(paper.entities.count) entities; accept to create "
          + "its expected file, then review them one by one")
      return out
    case .paperRemoved:
      return ["  the paper is gone from the new side; accept to remove its expected file\(target)"]
    case .paperFailing:
      return [
        style.removed("  fails now: \(paper.failure ?? "unknown reason")"),
        "  cannot be accepted: fix the paper (or remove its expected file by hand)",
      ]
    case .paperFields:
      return paper.paperFields.map { "  ~ " + text.fieldLine($0) }
    case .findingChanged, .findingAdded, .findingRemoved:
      return item.findings.flatMap { findingLines(paper.findings[$0], paper: paper) }
    case .entities:
      return entityLines(item.entities.map { paper.entities[$0] }, paper: paper)
    case .moves:
      return movesLines(item, paper: paper)
    }
  }

  func findingLines(_ change: FindingChange, paper: PaperDiff) -> [String] {
    var out = text.findingLines(change, paper)
    // What the marks stand for, from the side the shown evidence comes from.
    let finding = change.new ?? change.old
    let mentions =
      change.new != nil ? text.mentions.new(paper.newID) : text.mentions.old(paper.oldID)
    var seen = Set<String>()
    for evidence in finding?.evidence ?? [] {
      for entry in EvidenceMarker.legend(evidence, mentions: mentions)
      where seen.insert(entry).inserted {
        out.append(style.dim("         " + entry))
      }
    }
    return out
  }

  func entityLines(_ changes: [EntityChange], paper: PaperDiff) -> [String] {
    let groups = EntityGroup.groups(changes)
    guard let group = groups.first else { return [] }
    if groups.count > 1 {
      return groups.flatMap(text.entityLines)
    }
    var out = text.entityLines(group)
    if let mention = group.changes.first?.current {
      let sentence = mention.sentence.isEmpty ? mention.text : mention.sentence
      let marked = sentence.replacingOccurrences(
        of: mention.text, with: style.entity(mention.text, mention.type))
      out.append("       p.\(mention.page): " + marked)
    }
    return out
  }

  func movesLines(_ item: ReviewItem, paper: PaperDiff) -> [String] {
    var out: [String] = []
    if !paper.versionFields.isEmpty {
      out.append(
        "  new version: " + paper.versionFields.map(text.fieldLine).joined(separator: "; "))
    }
    out.append(
      "  moved only: \(item.findings.count) findings, \(item.entities.count) entities "
        + "(same content, new page, offsets or line breaks)")
    if showMoved {
      for index in item.findings {
        out += text.findingLines(paper.findings[index], paper)
      }
      let moved = item.entities.map { paper.entities[$0] }
      for group in EntityGroup.groups(moved) { out += text.entityLines(group) }
    }
    out.append("  accept to update the positions in the expected file")
    return out
  }
}
