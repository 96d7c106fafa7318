import GleanEntities
import GleanFindings

/// `glean diff` for a person: a summary table first, then each changed paper's changes grouped
/// by kind, with the evidence and its entities marked. Moves are counted, listed only when asked.
public struct TextReport {
  public var style: Style
  public var showMoved: Bool
  public var mentions: PaperMentions

  public init(style: Style, showMoved: Bool, mentions: PaperMentions = PaperMentions()) {
    self.style = style
    self.showMoved = showMoved
    self.mentions = mentions
  }

  public func render(_ report: DiffReport) -> String {
    var out: [String] = []
    out.append(style.bold("glean diff: \(report.old) → \(report.new)"))
    for note in report.notes { out.append(style.dim("note: \(note)")) }
    out.append("")
    out += summary(report)
    for paper in report.details where paper.hasChanges || (showMoved && paper.hasMovesOrVersion) {
      out.append("")
      out += details(paper)
    }
    return out.joined(separator: "\n") + "\n"
  }

  // MARK: summary

  /// The table: one row per paper with changes or moves, then totals.
  func summary(_ report: DiffReport) -> [String] {
    let rows = report.details.filter { $0.hasChanges || $0.counts.moves > 0 }
    let names = rows.map { displayName($0) }
    let width = min(40, max(5, names.map(\.count).max() ?? 0))
    let header = [
      pad("paper", width), pad("status", 13), right("+find", 6), right("-find", 6),
      right("~find", 6), right("+ent", 5), right("-ent", 5), right("renorm", 7), right("~ent", 5),
      right("moved", 6),
    ].joined(separator: " ")
    var lines = [style.bold(header)]
    for (paper, name) in zip(rows, names) {
      let c = paper.counts
      let status = paper.status == .unchanged ? "moved only" : paper.status.rawValue
      var cells = [pad(name, width), pad(status, 13)]
      cells += [c.findingsAdded, c.findingsRemoved, c.findingsChanged].map { right($0, 6) }
      if paper.entitiesCompared {
        cells += [right(c.entitiesAdded, 5), right(c.entitiesRemoved, 5)]
        cells += [right(c.entitiesRenormalised, 7), right(c.entitiesChanged, 5)]
      } else {
        cells += [right("·", 5), right("·", 5), right("·", 7), right("·", 5)]
      }
      cells.append(right(c.moves, 6))
      lines.append(colourRow(cells.joined(separator: " "), paper.status))
    }
    let c = report.counts
    let total = [
      pad("total", width), pad("", 13), right(c.findingsAdded, 6), right(c.findingsRemoved, 6),
      right(c.findingsChanged, 6), right(c.entitiesAdded, 5), right(c.entitiesRemoved, 5),
      right(c.entitiesRenormalised, 7), right(c.entitiesChanged, 5), right(c.moves, 6),
    ].joined(separator: " ")
    lines.append(style.bold(total))
    let p = report.papers
    var papers =
      "papers: \(p.old) old, \(p.new) new; \(p.changed) changed, \(p.unchanged) unchanged"
    for (count, word) in [
      (p.added, "added"), (p.removed, "removed"), (p.failing, "newly failing"),
      (p.recovered, "recovered"), (p.stillFailing, "still failing"),
    ] where count > 0 {
      papers += ", \(count) \(word)"
    }
    lines.append(papers)
    if c.moves > 0 {
      let how = showMoved ? "listed below" : "hidden; --show-moved lists them"
      lines.append(
        "moved only (not changes): \(c.findingsMoved) findings, \(c.entitiesMoved) entities (\(how))"
      )
    }
    lines.append(report.hasChanges ? style.changed("changes found") : style.added("no changes"))
    return lines
  }

  // MARK: details

  func details(_ paper: PaperDiff) -> [String] {
    var out = [style.heading("== \(displayName(paper))  \(paper.status.rawValue)  (\(paper.file))")]
    out.append(style.dim("   key: \(paper.key)"))
    if let failure = paper.failure {
      let word = paper.status == .recovered ? "was failing" : "failure"
      out.append("   \(word): \(failure)")
    }
    if !paper.versionFields.isEmpty {
      out.append(
        style.dim("   new version: " + paper.versionFields.map(fieldLine).joined(separator: "; ")))
    }
    for field in paper.paperFields { out.append("   ~ paper " + fieldLine(field)) }
    if paper.status == .added || paper.status == .removed || paper.status == .recovered {
      out += wholePaper(paper)
      return out
    }
    let findings = paper.findings
    let lines = { (change: FindingChange) in findingLines(change, paper) }
    out += group("findings changed", findings.filter { $0.kind == .changed }, lines)
    out += group("findings added", findings.filter { $0.kind == .added }, lines)
    out += group("findings removed", findings.filter { $0.kind == .removed }, lines)
    for kind in [EntityChangeKind.renormalised, .changed, .added, .removed] {
      let changes = paper.entities.filter { $0.kind == kind }
      guard !changes.isEmpty else { continue }
      out.append("   entities \(kind.rawValue) (\(changes.count))")
      for group in EntityGroup.groups(changes) { out += entityLines(group) }
    }
    if paper.counts.moves > 0 {
      if showMoved {
        out += group("findings moved", findings.filter { $0.kind == .moved }, lines)
        let moved = paper.entities.filter { $0.kind == .moved }
        if !moved.isEmpty {
          out.append("   entities moved (\(moved.count))")
          for group in EntityGroup.groups(moved) { out += entityLines(group) }
        }
      } else {
        out.append(
          style.dim(
            "   moved only: \(paper.counts.findingsMoved) findings, "
              + "\(paper.counts.entitiesMoved) entities (--show-moved lists them)"))
      }
    }
    return out
  }

  /// An added or removed paper: its findings, and its entities counted.
  func wholePaper(_ paper: PaperDiff) -> [String] {
    var out: [String] = []
    let kind = paper.status == .removed ? "removed" : "added"
    out += group("findings \(kind)", paper.findings) { findingLines($0, paper) }
    if paper.entitiesCompared, !paper.entities.isEmpty {
      out.append("   entities \(kind): \(paper.entities.count)")
    }
    return out
  }

  func group<T>(_ title: String, _ items: [T], _ lines: (T) -> [String]) -> [String] {
    guard !items.isEmpty else { return [] }
    return ["   \(title) (\(items.count))"] + items.flatMap(lines)
  }

  func findingLines(_ change: FindingChange, _ paper: PaperDiff) -> [String] {
    guard let finding = change.current else { return [] }
    var out: [String] = []
    let id = FindingText.shortID(finding.id)
    switch change.kind {
    case .added: out.append(style.added("   + \(id)  \(FindingText.line(finding))"))
    case .removed: out.append(style.removed("   - \(id)  \(FindingText.line(finding))"))
    case .moved: out.append(style.dim("   > \(id)  \(FindingText.line(finding))"))
    case .changed:
      out.append(style.changed("   ~ \(id)  \(FindingText.line(finding))"))
      for field in change.fields where field.field != "evidence" {
        out.append("       \(fieldLine(field))")
      }
    }
    out += evidenceLines(change, paper)
    return out
  }

  /// The evidence of a change: the new side's (the old side's for a removal), and both when the
  /// evidence text changed; page moves as `p.2 → p.5`.
  func evidenceLines(_ change: FindingChange, _ paper: PaperDiff) -> [String] {
    let evidenceChanged = change.fields.contains { $0.field == "evidence" }
    var out: [String] = []
    if let old = change.old, change.new == nil || evidenceChanged {
      for evidence in old.evidence {
        let text = EvidenceMarker.marked(
          evidence, mentions: mentions.old(paper.oldID), style: style)
        out.append(style.removed("       was p.\(evidence.page): ") + text)
      }
    }
    if let new = change.new {
      let oldPages = change.old.map { $0.evidence.map(\.page) }
      for (index, evidence) in new.evidence.enumerated() {
        var where_ = "p.\(evidence.page)"
        if change.kind == .moved || change.evidenceMoved, let pages = oldPages,
          index < pages.count, pages[index] != evidence.page
        {
          where_ = "p.\(pages[index]) → p.\(evidence.page)"
        }
        let label = evidenceChanged ? style.added("       now \(where_): ") : "       \(where_): "
        let text = EvidenceMarker.marked(
          evidence, mentions: mentions.new(paper.newID), style: style)
        out.append(label + text)
      }
    }
    return out
  }

  func entityLines(_ group: EntityGroup) -> [String] {
    guard let first = group.changes.first, let mention = first.current else { return [] }
    let count = group.changes.count > 1 ? " ×\(group.changes.count)" : ""
    let pages = " (" + group.pages.map { "p.\($0)" }.joined(separator: ", ") + ")"
    let what =
      "\(mention.type.rawValue) \"\(mention.text.replacingOccurrences(of: "\n", with: " "))\""
    switch first.kind {
    case .added:
      return [style.added("   + \(what)\(count) = \(name(mention))") + style.dim(pages)]
    case .removed:
      return [style.removed("   - \(what)\(count) = \(name(mention))") + style.dim(pages)]
    case .moved:
      return [style.dim("   > \(what)\(count) = \(name(mention))\(pages)")]
    case .renormalised, .changed:
      let marker = first.kind == .renormalised ? "=" : "~"
      let head = "   \(marker) \(what)\(count)"
      let line = first.kind == .renormalised ? style.renormalised(head) : style.changed(head)
      return [line + style.dim(pages)] + first.fields.map { "       " + fieldLine($0) }
    }
  }

  func name(_ mention: Mention) -> String {
    mention.ids.isEmpty
      ? mention.normalized : "\(mention.normalized) [\(mention.ids.joined(separator: ", "))]"
  }

  /// `relation: affects → targets`; long lists as what left and what came (`citations: −[11] …;
  /// +[15] …`); file ids shortened.
  func fieldLine(_ field: FieldChange) -> String {
    if field.field == "id", case .string(let a) = field.old, case .string(let b) = field.new,
      a.count > 24 || b.count > 24
    {
      return "id: \(a.prefix(12))… → \(b.prefix(12))…"
    }
    let full = "\(field.field): \(field.old.display) → \(field.new.display)"
    guard full.count > 160, let old = field.old.arrayItems, let new = field.new.arrayItems,
      !old.isEmpty, !new.isEmpty
    else { return full }
    let gone = old.filter { !new.contains($0) }.map { "−" + $0.display }
    let came = new.filter { !old.contains($0) }.map { "+" + $0.display }
    let delta = gone + came
    return "\(field.field): " + (delta.isEmpty ? "order changed" : delta.joined(separator: "; "))
  }

  // MARK: layout helpers

  func displayName(_ paper: PaperDiff) -> String {
    var name = PaperMatcher.fileName(paper.file)
    if name.lowercased().hasSuffix(".pdf") { name = String(name.dropLast(4)) }
    return name.isEmpty ? paper.key : name
  }

  func colourRow(_ row: String, _ status: PaperStatus) -> String {
    switch status {
    case .added, .recovered: style.added(row)
    case .removed, .failing: style.removed(row)
    case .changed: style.changed(row)
    case .unchanged, .stillFailing: style.dim(row)
    }
  }

  func pad(_ text: String, _ width: Int) -> String {
    let shown = text.count > width ? String(text.prefix(width - 1)) + "…" : text
    return shown + String(repeating: " ", count: max(0, width - displayWidth(shown)))
  }

  func right(_ value: Int, _ width: Int) -> String { right(String(value), width) }

  func right(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }

  /// Columns a text takes on a terminal: CJK characters take two.
  func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { sum, scalar in
      let wide =
        (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
        || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
        || (0xFF00...0xFF60).contains(scalar.value) || (0xFFE0...0xFFE6).contains(scalar.value)
      return sum + (wide ? 2 : 1)
    }
  }
}
