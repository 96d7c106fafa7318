/// A mention before overlap resolution, over normalised scalars.
struct Candidate: Sendable {
  var type: EntityType
  var range: Range<Int>
  var normalized: String
  var ids: [String]
  var rule: String
  var flags: [String] = []
  var role: String? = nil
  var members: [MentionMember] = []
  /// Higher wins an overlap; then the longer span; then ``rank``; then the earlier.
  var priority: Int
  /// Tie-break between types over equal spans (see ``Resolution/rank``).
  var rank: Int = 0
  /// Candidates with one group id come from one written form (a list) and are kept or dropped
  /// together.
  var group: Int

  init(
    type: EntityType, range: Range<Int>, normalized: String, ids: [String], rule: String,
    flags: [String] = [], role: String? = nil, members: [MentionMember] = [], priority: Int,
    rank: Int = 0, group: Int
  ) {
    self.type = type
    self.range = range
    self.normalized = normalized
    self.ids = ids
    self.rule = rule
    self.flags = flags
    self.role = role
    self.members = members
    self.priority = priority
    self.rank = rank
    self.group = group
  }

  /// A dictionary candidate from a resolution.
  init(_ resolution: Resolution, range: Range<Int>, group: Int, priority: Int = 50) {
    self.init(
      type: resolution.type, range: range, normalized: resolution.normalized,
      ids: resolution.ids, rule: resolution.rule, flags: resolution.flags,
      members: resolution.members, priority: priority, rank: resolution.rank, group: group)
  }

  /// The candidates to keep: a group is kept or dropped as a whole; of overlapping groups the
  /// higher priority, then the longer span, then the higher rank, then the earlier wins.
  /// Exact duplicates (same span, type and normalised name) are kept once.
  static func resolveOverlaps(_ candidates: [Candidate]) -> [Candidate] {
    guard !candidates.isEmpty else { return [] }
    struct Group {
      var range: Range<Int>
      var priority: Int
      var rank: Int
      var members: [Int]
    }
    var groups: [Group] = []
    // Group ids are small and dense (a counter per text): an array maps them to groups.
    let maxID = candidates.map(\.group).max() ?? 0
    var byID = [Int](repeating: -1, count: maxID + 1)
    // Exact duplicates (one name found by two passes) by span and type, then name.
    var seen: [Int: [Int]] = [:]
    for (position, candidate) in candidates.enumerated() {
      let key =
        candidate.range.lowerBound << 36 | candidate.range.upperBound << 4
        | Int(candidate.rank & 0xF)
      if let earlier = seen[key],
        earlier.contains(where: {
          candidates[$0].type == candidate.type && candidates[$0].normalized == candidate.normalized
        })
      {
        continue
      }
      seen[key, default: []].append(position)
      let existing = candidate.group >= 0 ? byID[candidate.group] : -1
      if existing >= 0 {
        let range = groups[existing].range
        groups[existing].range =
          min(
            range.lowerBound, candidate.range.lowerBound)..<max(
            range.upperBound, candidate.range.upperBound)
        groups[existing].priority = max(groups[existing].priority, candidate.priority)
        groups[existing].rank = max(groups[existing].rank, candidate.rank)
        groups[existing].members.append(position)
      } else {
        if candidate.group >= 0 { byID[candidate.group] = groups.count }
        groups.append(
          Group(
            range: candidate.range, priority: candidate.priority, rank: candidate.rank,
            members: [position]))
      }
    }
    let order = groups.indices.sorted { lhs, rhs in
      let left = groups[lhs]
      let right = groups[rhs]
      if left.priority != right.priority { return left.priority > right.priority }
      if left.range.count != right.range.count { return left.range.count > right.range.count }
      if left.rank != right.rank { return left.rank > right.rank }
      return left.range.lowerBound < right.range.lowerBound
    }
    // Scalars already taken: one bit each, so that a test and a mark cost the span's length
    // in words, whatever the number of spans taken before.
    var taken = ScalarBits(count: groups.lazy.map(\.range.upperBound).max() ?? 0)
    var kept: [Int] = []
    for groupIndex in order {
      let group = groups[groupIndex]
      if group.range.isEmpty || taken.containsAny(group.range) { continue }
      taken.insert(group.range)
      kept.append(contentsOf: group.members)
    }
    kept.sort { lhs, rhs in
      let left = candidates[lhs]
      let right = candidates[rhs]
      if left.range.lowerBound != right.range.lowerBound {
        return left.range.lowerBound < right.range.lowerBound
      }
      return lhs < rhs
    }
    return kept.map { candidates[$0] }
  }
}
