/// A finding being assembled, with the text offset it was first read at (for reading order).
struct FindingDraft: Sendable {
  var finding: Finding
  var offset: Int
}

/// Joins findings that state one claim: a table row and the prose that repeats it (same
/// references, same agents) become one record with both evidence anchors; findings with the same
/// id become one.
enum FindingMerger {
  /// Table rows absorb the prose findings that state the same claim; the rest stay as they are.
  /// A prose finding joins the first row (in table order) that states its claim.
  static func merge(table: [FindingDraft], text: [FindingDraft]) -> [FindingDraft] {
    var rows = table
    // Rows by their references: only rows citing exactly a prose finding's references can state
    // its claim, and merging never changes a row's references.
    var rowsByRefs: [[Int]: [Int]] = [:]
    for index in rows.indices where !rows[index].finding.refs.isEmpty {
      rowsByRefs[rows[index].finding.refs, default: []].append(index)
    }
    var rest: [FindingDraft] = []
    for draft in text {
      let candidates = draft.finding.refs.isEmpty ? nil : rowsByRefs[draft.finding.refs]
      if let index = candidates?.first(where: {
        sameClaim(row: rows[$0].finding, prose: draft.finding)
      }) {
        rows[index].finding = combine(rows[index].finding, draft.finding)
      } else {
        rest.append(draft)
      }
    }
    return (rows + rest).sorted { $0.offset < $1.offset }
  }

  /// Whether a table row and a prose finding state the same claim: the same references (at least
  /// one), compatible sources, shared agents or targets, no opposite directions, same negation.
  static func sameClaim(row: Finding, prose: Finding) -> Bool {
    guard !row.refs.isEmpty, row.refs == prose.refs, row.negated == prose.negated else {
      return false
    }
    let opposite: Set<String> = ["promotes", "inhibits"]
    if row.direction != prose.direction, opposite.contains(row.direction),
      opposite.contains(prose.direction)
    {
      return false
    }
    if let a = row.source, let b = prose.source, !compatibleSources(a.normalized, b.normalized) {
      return false
    }
    let rowMirnas = Set(row.mirnas.map(\.normalized))
    let proseMirnas = Set(prose.mirnas.map(\.normalized))
    if !rowMirnas.isEmpty, !proseMirnas.isEmpty {
      return !rowMirnas.isDisjoint(with: proseMirnas)
    }
    let rowTargets = targets(row)
    let proseTargets = targets(prose)
    return rowTargets.isEmpty || proseTargets.isEmpty || !rowTargets.isDisjoint(with: proseTargets)
  }

  /// Equal sources, or one a kind of the other (`BMSC-Exo` is an `MSC-Exo`).
  static func compatibleSources(_ a: String, _ b: String) -> Bool {
    let x = a.lowercased()
    let y = b.lowercased()
    return x == y || x.hasSuffix(y) || y.hasSuffix(x)
  }

  static func targets(_ finding: Finding) -> Set<String> {
    Set((finding.genes + finding.families + finding.pathways).map(\.normalized))
  }

  /// `base` with what `other` adds: lists united, the more specific source, relation and
  /// direction where `base` has none, evidence and rules of both.
  static func combine(_ base: Finding, _ other: Finding) -> Finding {
    var merged = base
    if let a = base.source, let b = other.source {
      merged.source = b.normalized.count > a.normalized.count ? b : a
    } else {
      merged.source = base.source ?? other.source
    }
    merged.authors = base.authors ?? other.authors
    merged.reference = base.reference ?? other.reference
    for mirna in other.mirnas
    where !merged.mirnas.contains(where: { $0.normalized == mirna.normalized }) {
      merged.mirnas.append(mirna)
    }
    merged.genes = union(base.genes, other.genes)
    merged.families = union(base.families, other.families)
    merged.pathways = union(base.pathways, other.pathways)
    merged.cancers = union(base.cancers, other.cancers)
    merged.cellLines = union(base.cellLines, other.cellLines)
    if base.relation == "affects" { merged.relation = other.relation }
    if base.direction == "unclear" { merged.direction = other.direction }
    for outcome in other.outcomes where !merged.outcomes.contains(outcome) {
      merged.outcomes.append(outcome)
    }
    merged.hedged = base.hedged && other.hedged
    for origin in other.origin where !merged.origin.contains(origin) {
      merged.origin.append(origin)
    }
    merged.origin.sort { $0 == "table" && $1 != "table" }
    for evidence in other.evidence where !merged.evidence.contains(evidence) {
      merged.evidence.append(evidence)
    }
    for rule in other.rules + ["merge:\(base.origin.first ?? "?")+\(other.origin.first ?? "?")"]
    where !merged.rules.contains(rule) {
      merged.rules.append(rule)
    }
    for cited in other.citations where !merged.citations.contains(cited) {
      merged.citations.append(cited)
    }
    return merged
  }

  static func union(_ a: [EntityRef], _ b: [EntityRef]) -> [EntityRef] {
    var result = a
    for ref in b where !result.contains(where: { $0.normalized == ref.normalized }) {
      result.append(ref)
    }
    return result
  }

  /// Findings with the same id become one (the first keeps its place).
  static func dedupe(_ drafts: [FindingDraft]) -> [FindingDraft] {
    var result: [FindingDraft] = []
    var position: [String: Int] = [:]
    for draft in drafts {
      if let index = position[draft.finding.id] {
        var combined = combine(result[index].finding, draft.finding)
        combined.id = draft.finding.id
        result[index].finding = combined
      } else {
        position[draft.finding.id] = result.count
        result.append(draft)
      }
    }
    return result
  }
}
