import GleanEntities
import GleanFindings

/// What a reviewer accepted of one paper's changes.
public struct PaperDecisions: Sendable, Equatable {
  /// Indices into the paper's finding changes that were accepted.
  public var findings: Set<Int> = []
  /// Indices into the paper's entity changes that were accepted.
  public var entities: Set<Int> = []
  /// The new key, title, DOI, language and quality were accepted.
  public var paperFields = false
  /// The new id and page count were accepted (with the moves).
  public var version = false
  /// A new paper's expected file is to be created.
  public var paperAdded = false
  /// A gone paper's expected file is to be removed.
  public var paperRemoved = false

  public init() {}

  /// Whether anything was accepted.
  public var any: Bool {
    !findings.isEmpty || !entities.isEmpty || paperFields || version || paperAdded || paperRemoved
  }

  /// Everything of `paper` accepted.
  public static func all(_ paper: PaperDiff) -> PaperDecisions {
    var decisions = PaperDecisions()
    decisions.findings = Set(paper.findings.indices)
    decisions.entities = Set(paper.entities.indices)
    decisions.paperFields = true
    decisions.version = true
    decisions.paperAdded = paper.status == .added || paper.status == .recovered
    decisions.paperRemoved = paper.status == .removed
    return decisions
  }
}

/// What becomes of an expected file.
public enum ExpectedOutcome: Sendable, Equatable {
  /// Left as it is.
  case keep
  /// Written with this content.
  case write(PaperExtraction)
  /// Removed.
  case remove
}

/// Applies accepted changes to the old (expected) document: an accepted change takes the new
/// record, a rejected one keeps the old; everything accepted gives the new document, nothing
/// accepted leaves the file as it is.
public enum ReviewApply {
  public static func apply(
    _ diff: PaperDiff, old: PaperExtraction?, new: PaperExtraction?, decisions: PaperDecisions
  ) -> ExpectedOutcome {
    guard decisions.any else { return .keep }
    switch diff.status {
    case .removed:
      return decisions.paperRemoved ? .remove : .keep
    case .failing, .stillFailing:
      return .keep
    case .added, .recovered:
      guard decisions.paperAdded, let new else { return .keep }
      var empty = new
      empty.findings = []
      empty.entities = []
      return .write(merge(diff, old: empty, new: new, decisions: decisions, keepFile: false))
    case .changed, .unchanged:
      guard let old, let new else { return .keep }
      let result = merge(diff, old: old, new: new, decisions: decisions, keepFile: true)
      return result == old ? .keep : .write(result)
    }
  }

  static func merge(
    _ diff: PaperDiff, old: PaperExtraction, new: PaperExtraction, decisions: PaperDecisions,
    keepFile: Bool
  ) -> PaperExtraction {
    var result = old
    if decisions.paperFields {
      result.paper.key = new.paper.key
      result.paper.title = new.paper.title
      result.paper.doi = new.paper.doi
      result.paper.language = new.paper.language
      result.quality = new.quality
    }
    if decisions.version {
      result.paper.id = new.paper.id
      result.paper.pages = new.paper.pages
    }
    if !keepFile { result.paper.file = new.paper.file }
    let findingPairs = FindingMatcher.match(old: old.findings, new: new.findings)
    let acceptedFindings = acceptedPairs(
      diff.findings.map { ($0.oldIndex, $0.newIndex) }, decisions.findings)
    result.findings = merged(
      old: old.findings, new: new.findings, pairs: findingPairs, accepted: acceptedFindings)
    if diff.entitiesCompared {
      let entityPairs = EntityMatcher.match(old: old.entities, new: new.entities)
      let acceptedEntities = acceptedPairs(
        diff.entities.map { ($0.oldIndex, $0.newIndex) }, decisions.entities)
      result.entities = merged(
        old: old.entities, new: new.entities, pairs: entityPairs, accepted: acceptedEntities)
    }
    return result
  }

  /// The pairs of the accepted changes.
  static func acceptedPairs(_ changes: [(Int?, Int?)], _ accepted: Set<Int>) -> Set<MatchPair> {
    Set(
      accepted.compactMap { index in
        index < changes.count ? MatchPair(old: changes[index].0, new: changes[index].1) : nil
      })
  }

  /// The records after the accepted changes, in the new side's order; a kept old record that
  /// is not on the new side goes after the old record that preceded it.
  static func merged<T>(old: [T], new: [T], pairs: [MatchPair], accepted: Set<MatchPair>) -> [T] {
    var pairOfNew: [Int: MatchPair] = [:]
    var removals: [MatchPair] = []
    for pair in pairs {
      if let n = pair.new { pairOfNew[n] = pair } else { removals.append(pair) }
    }
    var out: [(value: T, old: Int?)] = []
    for index in new.indices {
      guard let pair = pairOfNew[index] else { continue }
      let take = accepted.contains(pair)
      if let o = pair.old {
        out.append((take ? new[index] : old[o], o))
      } else if take {
        out.append((new[index], nil))
      }
    }
    for pair in removals.sorted(by: { ($0.old ?? 0) < ($1.old ?? 0) }) {
      guard let o = pair.old, !accepted.contains(pair) else { continue }
      var position = 0
      var best = -1
      for (index, item) in out.enumerated() {
        if let previous = item.old, previous < o, previous > best {
          best = previous
          position = index + 1
        }
      }
      out.insert((old[o], o), at: position)
    }
    return out.map(\.value)
  }
}
