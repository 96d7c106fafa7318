import GleanEntities
import GleanFindings

/// Compares two sets of extractions paper by paper. A pure function of its inputs: the same sides
/// give the same report, in the same order, on every machine.
public enum ExtractionDiff {
  /// Compares complete extractions (as `glean extract` prints them).
  public static func compare(
    old: [PaperExtraction], new: [PaperExtraction], oldLabel: String = "old",
    newLabel: String = "new"
  ) -> DiffReport {
    compare(
      old: DiffSide(label: oldLabel, extractions: old),
      new: DiffSide(label: newLabel, extractions: new))
  }

  /// Compares two sides, with their failures; entities are compared only when both sides have
  /// them.
  public static func compare(old: DiffSide, new: DiffSide) -> DiffReport {
    var notes = old.notes + new.notes
    for side in [old, new] where !side.complete {
      notes.append(
        "entities, page counts and quality not compared: \(side.label) has findings only")
    }
    let complete = old.complete && new.complete
    let pairs = PaperMatcher.match(
      old: old.papers.map(\.extraction.paper), new: new.papers.map(\.extraction.paper))
    var oldFailures = old.failures.map { Optional($0) }
    var newFailures = new.failures.map { Optional($0) }
    var details: [PaperDiff] = []
    for pair in pairs {
      switch (pair.old, pair.new) {
      case (let o?, let n?):
        details.append(
          comparePaper(
            old: old.papers[o].extraction, new: new.papers[n].extraction, complete: complete))
      case (let o?, nil):
        let paper = old.papers[o].extraction
        if let failure = take(&newFailures, about: paper.paper) {
          _ = take(&oldFailures, about: paper.paper)
          details.append(failing(paper.paper, failure: failure))
        } else if !new.complete, paper.findings.isEmpty {
          // An export lists no paper without findings: this one may well be there.
          details.append(silent(paper.paper))
        } else {
          details.append(removed(paper, entities: complete))
        }
      case (nil, let n?):
        let paper = new.papers[n].extraction
        if let failure = take(&oldFailures, about: paper.paper) {
          details.append(added(paper, entities: complete, recoveredFrom: failure))
        } else if !old.complete, paper.findings.isEmpty {
          details.append(silent(paper.paper))
        } else {
          details.append(added(paper, entities: complete, recoveredFrom: nil))
        }
      case (nil, nil):
        break
      }
    }
    details += unpairedFailures(old: &oldFailures, new: newFailures)
    details.sort { a, b in a.key != b.key ? a.key < b.key : a.file < b.file }
    return DiffReport(old: old.label, new: new.label, notes: notes, details: details)
  }

  /// Compares one paper found on both sides.
  public static func comparePaper(
    old: PaperExtraction, new: PaperExtraction, complete: Bool = true
  ) -> PaperDiff {
    var paperFields = [
      FieldChange.compare("key", old.paper.key, new.paper.key),
      .compare("title", old.paper.title, new.paper.title),
      .compare("doi", old.paper.doi, new.paper.doi),
    ]
    var versionFields = [FieldChange.compare("id", old.paper.id, new.paper.id)]
    if complete {
      paperFields.append(.compare("language", old.paper.language, new.paper.language))
      paperFields.append(.compare("quality", old.quality, new.quality))
      versionFields.append(.compare("pages", old.paper.pages, new.paper.pages))
    }
    let findings = findingChanges(old: old.findings, new: new.findings)
    let entities = complete ? entityChanges(old: old.entities, new: new.entities) : []
    var diff = PaperDiff(
      key: new.paper.key, file: new.paper.file, oldID: old.paper.id, newID: new.paper.id,
      status: .unchanged, paperFields: paperFields.compactMap { $0 },
      versionFields: versionFields.compactMap { $0 }, findings: findings, entities: entities,
      entitiesCompared: complete)
    if !diff.paperFields.isEmpty || diff.counts.changes > 0 { diff.status = .changed }
    return diff
  }

  /// The finding changes of one paper: changed and moved in new order, added, then removed.
  static func findingChanges(old: [Finding], new: [Finding]) -> [FindingChange] {
    var changes: [FindingChange] = []
    for pair in FindingMatcher.match(old: old, new: new) {
      switch (pair.old, pair.new) {
      case (let o?, let n?):
        let (fields, moved) = FindingComparison.compare(old[o], new[n])
        if !fields.isEmpty {
          changes.append(
            FindingChange(
              kind: .changed, oldIndex: o, newIndex: n, fields: fields, evidenceMoved: moved,
              old: old[o], new: new[n]))
        } else if moved {
          changes.append(
            FindingChange(kind: .moved, oldIndex: o, newIndex: n, old: old[o], new: new[n]))
        }
      case (let o?, nil):
        changes.append(
          FindingChange(kind: .removed, oldIndex: o, newIndex: nil, old: old[o], new: nil))
      case (nil, let n?):
        changes.append(
          FindingChange(kind: .added, oldIndex: nil, newIndex: n, old: nil, new: new[n]))
      case (nil, nil):
        break
      }
    }
    return changes.sorted(by: ordered)
  }

  /// The entity changes of one paper, in the same order as findings.
  static func entityChanges(old: [Mention], new: [Mention]) -> [EntityChange] {
    var changes: [EntityChange] = []
    for pair in EntityMatcher.match(old: old, new: new) {
      switch (pair.old, pair.new) {
      case (let o?, let n?):
        let (kind, fields) = MentionComparison.compare(old[o], new[n])
        if let kind {
          changes.append(
            EntityChange(
              kind: kind, oldIndex: o, newIndex: n, fields: fields, old: old[o], new: new[n]))
        }
      case (let o?, nil):
        changes.append(
          EntityChange(kind: .removed, oldIndex: o, newIndex: nil, old: old[o], new: nil))
      case (nil, let n?):
        changes.append(
          EntityChange(kind: .added, oldIndex: nil, newIndex: n, old: nil, new: new[n]))
      case (nil, nil):
        break
      }
    }
    return changes.sorted { a, b in
      order(a.newIndex, a.oldIndex) < order(b.newIndex, b.oldIndex)
    }
  }

  /// New-side changes in new order, then removals in old order.
  private static func ordered(_ a: FindingChange, _ b: FindingChange) -> Bool {
    order(a.newIndex, a.oldIndex) < order(b.newIndex, b.oldIndex)
  }

  private static func order(_ new: Int?, _ old: Int?) -> Int {
    // New-side positions first, removals after them.
    if let new { return new }
    return Int.max / 2 + (old ?? 0)
  }

  // MARK: papers on one side only

  private static func take(_ failures: inout [SideFailure?], about paper: PaperInfo)
    -> SideFailure?
  {
    for index in failures.indices {
      if let failure = failures[index], PaperMatcher.failure(failure, isAbout: paper) {
        failures[index] = nil
        return failure
      }
    }
    return nil
  }

  private static func failing(_ paper: PaperInfo, failure: SideFailure) -> PaperDiff {
    PaperDiff(
      key: paper.key, file: failure.path, oldID: paper.id, newID: nil, status: .failing,
      failure: failure.reason)
  }

  private static func silent(_ paper: PaperInfo) -> PaperDiff {
    PaperDiff(
      key: paper.key, file: paper.file, oldID: paper.id, newID: paper.id, status: .unchanged,
      entitiesCompared: false)
  }

  private static func removed(_ paper: PaperExtraction, entities: Bool) -> PaperDiff {
    PaperDiff(
      key: paper.paper.key, file: paper.paper.file, oldID: paper.paper.id, newID: nil,
      status: .removed,
      findings: paper.findings.enumerated().map { index, finding in
        FindingChange(kind: .removed, oldIndex: index, newIndex: nil, old: finding, new: nil)
      },
      entities: entities
        ? paper.entities.enumerated().map { index, mention in
          EntityChange(kind: .removed, oldIndex: index, newIndex: nil, old: mention, new: nil)
        } : [],
      entitiesCompared: entities)
  }

  private static func added(
    _ paper: PaperExtraction, entities: Bool, recoveredFrom failure: SideFailure?
  ) -> PaperDiff {
    PaperDiff(
      key: paper.paper.key, file: paper.paper.file, oldID: nil, newID: paper.paper.id,
      status: failure == nil ? .added : .recovered, failure: failure?.reason,
      findings: paper.findings.enumerated().map { index, finding in
        FindingChange(kind: .added, oldIndex: nil, newIndex: index, old: nil, new: finding)
      },
      entities: entities
        ? paper.entities.enumerated().map { index, mention in
          EntityChange(kind: .added, oldIndex: nil, newIndex: index, old: nil, new: mention)
        } : [],
      entitiesCompared: entities)
  }

  /// Failures not tied to a paper of the other side: failing on both sides (nothing changed),
  /// newly failing, or failing before and gone now.
  private static func unpairedFailures(old: inout [SideFailure?], new: [SideFailure?])
    -> [PaperDiff]
  {
    var details: [PaperDiff] = []
    for case let failure? in new {
      let before = old.firstIndex { candidate in
        guard let candidate else { return false }
        if let a = candidate.paperID, let b = failure.paperID, a == b { return true }
        return PaperMatcher.fileName(candidate.path) == PaperMatcher.fileName(failure.path)
      }
      if let before { old[before] = nil }
      details.append(
        PaperDiff(
          key: PaperMatcher.fileName(failure.path), file: failure.path, oldID: nil, newID: nil,
          status: before == nil ? .failing : .stillFailing, failure: failure.reason))
    }
    for case let failure? in old {
      details.append(
        PaperDiff(
          key: PaperMatcher.fileName(failure.path), file: failure.path, oldID: nil, newID: nil,
          status: .removed, failure: failure.reason))
    }
    return details
  }
}
