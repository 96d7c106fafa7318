import GleanFindings

/// Pairs the findings of one paper on the two sides.
///
/// First by stable id. Then a finding whose id changed is still the same claim when it keeps its
/// evidence and references and shares named entities, or when most of its content is the same;
/// such pairs are taken best first. The rest were added or removed.
enum FindingMatcher {
  static func match(old: [Finding], new: [Finding]) -> [MatchPair] {
    var pairs: [MatchPair] = []
    var oldByID: [String: [Int]] = [:]
    for (index, finding) in old.enumerated() { oldByID[finding.id, default: []].append(index) }
    var usedOld = Set<Int>()
    var unmatchedNew: [Int] = []
    for (index, finding) in new.enumerated() {
      if var candidates = oldByID[finding.id], !candidates.isEmpty {
        let match = candidates.removeFirst()
        oldByID[finding.id] = candidates
        usedOld.insert(match)
        pairs.append(MatchPair(old: match, new: index))
      } else {
        unmatchedNew.append(index)
      }
    }
    let unmatchedOld = old.indices.filter { !usedOld.contains($0) }
    pairs += sameClaims(
      old: old, oldIndices: unmatchedOld, new: new, newIndices: unmatchedNew)
    return .completing(pairs, oldCount: old.count, newCount: new.count)
  }

  /// A candidate pair and how alike the two findings are.
  private struct Candidate {
    var old: Int
    var new: Int
    var score: Double
  }

  private static func sameClaims(
    old: [Finding], oldIndices: [Int], new: [Finding], newIndices: [Int]
  ) -> [MatchPair] {
    guard !oldIndices.isEmpty, !newIndices.isEmpty else { return [] }
    var candidates: [Candidate] = []
    let oldFacts = oldIndices.map { ClaimFacts(old[$0]) }
    let newFacts = newIndices.map { ClaimFacts(new[$0]) }
    for (i, oldIndex) in oldIndices.enumerated() {
      for (j, newIndex) in newIndices.enumerated() {
        if let score = similarity(oldFacts[i], newFacts[j]) {
          candidates.append(Candidate(old: oldIndex, new: newIndex, score: score))
        }
      }
    }
    candidates.sort { a, b in
      if a.score != b.score { return a.score > b.score }
      if a.old != b.old { return a.old < b.old }
      return a.new < b.new
    }
    var usedOld = Set<Int>()
    var usedNew = Set<Int>()
    var pairs: [MatchPair] = []
    for candidate in candidates
    where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
      usedOld.insert(candidate.old)
      usedNew.insert(candidate.new)
      pairs.append(MatchPair(old: candidate.old, new: candidate.new))
    }
    return pairs
  }

  /// What the similarity of two findings is computed from.
  private struct ClaimFacts {
    var refs: [Int]
    var evidence: Set<String>
    var entities: Set<String>
    var relation: String
    var direction: String

    init(_ finding: Finding) {
      refs = finding.refs
      evidence = Set(FindingComparison.evidenceKeys(finding))
      entities = FindingComparison.entityTokens(finding)
      relation = finding.relation
      direction = finding.direction
    }
  }

  /// How alike two findings are, or `nil` when they are not the same claim.
  private static func similarity(_ a: ClaimFacts, _ b: ClaimFacts) -> Double? {
    let anchor = !a.evidence.isDisjoint(with: b.evidence)
    let sameRefs = a.refs == b.refs
    let shared = a.entities.intersection(b.entities).count
    let union = a.entities.union(b.entities).count
    let overlap = union == 0 ? 1 : Double(shared) / Double(union)
    let sameClaim =
      (anchor && sameRefs && (shared > 0 || union == 0))
      || (anchor && overlap >= 0.5)
      || (sameRefs && overlap >= 0.6 && shared >= 2)
    guard sameClaim else { return nil }
    var score = overlap
    if anchor { score += 1 }
    if sameRefs { score += 0.5 }
    if a.relation == b.relation { score += 0.1 }
    if a.direction == b.direction { score += 0.1 }
    return score
  }
}
