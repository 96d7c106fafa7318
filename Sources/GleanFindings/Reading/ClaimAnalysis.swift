/// A relation trigger with the entities it acts on.
struct RelationHit: Sendable {
  var relation: String
  var rank: Int
  var pattern: String
  var range: Range<Int>
  /// Genes, families, pathways and miRNAs in the trigger's object span.
  var targets: [EntityTag]
  /// Whether the span holds target entities.
  var hasTargets: Bool { !targets.isEmpty }
  var negated: Bool
}

/// A direction word with the outcome or tumour it was read against.
struct DirectionCue: Sendable {
  /// +1: the tumour is helped; -1: it is harmed.
  var sign: Int
  /// 2 when the object is the tumour as a whole, 1 for one of its processes.
  var weight: Int
  var position: Int
  var pattern: String
  var negated: Bool
}

/// What one sentence or table cell says: citations, relation triggers with their targets,
/// direction cues, outcomes, hedges and negations, all in scalar offsets of ``text``.
struct ClaimAnalysis: Sendable {
  var text: ScalarText
  var tags: [EntityTag]
  var markers: [CitationMarker]
  var relations: [RelationHit]
  var cues: [DirectionCue]
  /// Named outcomes, in text order, without repeats.
  var outcomes: [String]
  var hedged: Bool
  /// The role of each miRNA tag (by index in ``tags``) that the recogniser or a cue word next
  /// to it gives.
  var mirnaRoles: [Int: String]

  /// The effect on the tumour: the sign of the weighted cues, `unclear` when they cancel out.
  var direction: String {
    let score = cues.reduce(0) { $0 + $1.sign * $1.weight }
    return score > 0 ? "promotes" : score < 0 ? "inhibits" : "unclear"
  }

  var refs: [Int] { CitationParser.numbers(of: markers) }

  /// The first author before a marker, with the year of an author-year citation.
  var author: String? { markers.compactMap(\.author).first }
}

/// Reads a sentence or table cell with the finding rules.
struct ClaimAnalyzer: Sendable {
  let rules: FindingRules

  /// The analysis of `text`, whose entity mentions are `tags` (offsets into `text`).
  func analyze(_ text: ScalarText, tags allTags: [EntityTag]) -> ClaimAnalysis {
    let tags = allTags.filter { !$0.normalized.isEmpty }.sorted { $0.start < $1.start }
    let tagRanges = allTags.map(\.range)
    let markers = CitationParser(rules: rules).markers(in: text, blocked: tagRanges)
    let blocked = tagRanges + markers.map(\.range)

    // Words marked `none` in the rules mask the shorter words they hold, then drop out.
    var outcomeMatches = rules.outcomes.matches(in: text, blocked: blocked).filter {
      !$0.value.ignored
    }
    // Words of an English gloss in brackets (（mammalian target of rapamycin, mTOR）) name a term;
    // they are not triggers.
    let glosses = Self.ranges(of: text.inGloss)
    let relationMatches = rules.relationTriggers.matches(in: text, blocked: blocked + glosses)
      .filter { $0.value != "none" }
    let negations = rules.negations.matches(in: text, blocked: blocked).filter(\.value)
    let hedged = !rules.hedges.matches(in: text, blocked: blocked).isEmpty
    let roleCues = rules.mirnaRoles.allMatches(in: text)

    // miRNA roles from cue words next to each miRNA.
    var mirnaRoles: [Int: String] = [:]
    for (index, tag) in tags.enumerated() where tag.kind == .mirna {
      if let role = tag.role, !role.isEmpty {
        mirnaRoles[index] = role
        continue
      }
      for cue in roleCues {
        let near =
          cue.value.before
          ? cue.end <= tag.start && Self.onlySpaces(text, cue.end..<tag.start, limit: 3)
          : cue.start >= tag.end && Self.onlySpaces(text, tag.end..<cue.start, limit: 3)
        if near {
          mirnaRoles[index] = cue.value.role
          break
        }
      }
    }

    // Relation triggers and their targets.
    var relations: [RelationHit] = []
    // Object spans of `…` triggers with targets (降低…表达): what lies there is acted on, not the
    // outcome of a direction word.
    var targetGaps: [Range<Int>] = []
    for (position, match) in relationMatches.enumerated() {
      let clause = text.clauseRange(at: match.start)
      var limit = clause.upperBound
      for next in relationMatches[(position + 1)...] where next.start >= match.end {
        if next.start < limit { limit = next.start }
        break
      }
      let after = match.end..<max(match.end, limit)
      // A `…` trigger acts on what lies between its parts (降低…表达), else on what follows it
      // (suppressed the expression of X).
      var span = after
      if let gap = match.gap,
        tags.contains(where: { $0.isTarget && gap.contains($0.start) })
      {
        span = gap
      }
      let targets = tags.enumerated().filter { index, tag in
        guard tag.isTarget, span.contains(tag.start) else { return false }
        // A miRNA with an agent cue (介导, mimic, anti-) is not acted on.
        if tag.kind == .mirna, mirnaRoles[index] != nil { return false }
        return true
      }.map(\.element)
      let hit = RelationHit(
        relation: match.value, rank: rules.relationRanks[match.value] ?? 9, pattern: match.pattern,
        range: match.start..<match.end, targets: targets,
        negated: Self.negated(match.start, in: text, by: negations))
      // A trigger word that is also an outcome (转移) is a trigger only when it acts on something.
      let overlapping = outcomeMatches.firstIndex { outcome in
        match.parts.contains { outcome.overlaps($0) }
      }
      if let overlapping {
        if hit.hasTargets { outcomeMatches.remove(at: overlapping) } else { continue }
      }
      relations.append(hit)
      if hit.hasTargets, let gap = match.gap { targetGaps.append(gap) }
    }

    // Direction cues.
    // Where a direction word and an outcome overlap, the longer one stands (抗肿瘤 over 肿瘤,
    // S期阻滞 over 阻滞).
    var directionMatches: [PhraseMatch<DirectionWord>] = []
    var barriers: [Int] = []
    for match in rules.directionWords.matches(in: text, blocked: blocked + glosses) {
      let overlapping = outcomeMatches.filter { outcome in
        match.parts.contains { outcome.overlaps($0) }
      }
      if match.value.effect == .none { continue }
      if match.value.effect == .barrier {
        barriers.append(match.end)
        continue
      }
      if overlapping.allSatisfy({ $0.weight < match.weight }) {
        outcomeMatches.removeAll { outcome in match.parts.contains { outcome.overlaps($0) } }
        directionMatches.append(match)
      }
    }
    var objects: [(range: Range<Int>, word: OutcomeWord)] = outcomeMatches.map {
      ($0.start..<$0.end, $0.value)
    }
    for tag in tags where tag.kind == .cancer {
      objects.append((tag.range, OutcomeWord(name: "", polarity: 1, tumourLevel: true)))
    }
    objects.removeAll { object in targetGaps.contains { $0.contains(object.range.lowerBound) } }
    objects.sort { $0.range.lowerBound < $1.range.lowerBound }
    var consumed = Set<Int>()
    var cues: [DirectionCue] = []
    let order = directionMatches.indices.sorted {
      directionMatches[$0].value.object == .before && directionMatches[$1].value.object != .before
    }
    for position in order {
      let match = directionMatches[position]
      let negated = Self.negated(match.start, in: text, by: negations)
      switch match.value.effect {
      case .promotes, .inhibits:
        cues.append(
          DirectionCue(
            sign: match.value.effect == .promotes ? 1 : -1, weight: 2, position: match.start,
            pattern: match.pattern, negated: negated))
        continue
      case .increase, .decrease, .none, .barrier:
        break
      }
      let clause = text.clauseRange(at: match.start)
      let previousEnd =
        directionMatches[..<position].last { $0.end <= match.start }
        .map { max($0.end, clause.lowerBound) } ?? clause.lowerBound
      let nextStart =
        directionMatches[(position + 1)...].first { $0.start >= match.end }
        .map { min($0.start, clause.upperBound) } ?? clause.upperBound
      func candidates(_ range: Range<Int>) -> [Int] {
        objects.indices.filter {
          range.contains(objects[$0].range.lowerBound) && !consumed.contains($0)
        }
      }
      var chosen: [Int] = []
      var after = true
      if match.value.object != .before {
        chosen = candidates(match.end..<max(match.end, nextStart))
        // A verb-only word takes an object that starts right after it (治疗乳腺癌).
        if match.value.object == .after, let first = chosen.first,
          objects[first].range.lowerBound > match.end + 2
        {
          chosen = []
        }
      }
      if chosen.isEmpty, match.value.object != .after {
        // Outcomes before the word, not cut off by an expression word (…的表达水平升高).
        let barrier = barriers.last { $0 <= match.start } ?? 0
        chosen = candidates(max(previousEnd, clause.lowerBound, barrier)..<match.start)
        after = false
      }
      guard !chosen.isEmpty else { continue }
      let named = chosen.filter { !objects[$0].word.name.isEmpty }
      let decisive: Int
      if let nearest = after ? named.first : named.last {
        decisive = nearest
      } else {
        decisive = after ? chosen[0] : chosen[chosen.count - 1]
      }
      if match.value.object == .before { consumed.formUnion(chosen) }
      let word = objects[decisive].word
      let verb = match.value.effect == .increase ? 1 : -1
      cues.append(
        DirectionCue(
          sign: verb * word.polarity, weight: word.tumourLevel ? 2 : 1, position: match.start,
          pattern: match.pattern, negated: negated))
    }
    cues.sort { $0.position < $1.position }

    var outcomes: [String] = []
    for match in outcomeMatches where !match.value.name.isEmpty {
      if !outcomes.contains(match.value.name) { outcomes.append(match.value.name) }
    }
    return ClaimAnalysis(
      text: text, tags: tags, markers: markers, relations: relations, cues: cues,
      outcomes: outcomes, hedged: hedged, mirnaRoles: mirnaRoles)
  }

  /// The runs of `true` in `flags`.
  static func ranges(of flags: [Bool]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start: Int?
    for (index, flag) in flags.enumerated() {
      if flag, start == nil { start = index }
      if !flag, let first = start {
        result.append(first..<index)
        start = nil
      }
    }
    if let first = start { result.append(first..<flags.count) }
    return result
  }

  /// Whether `range` holds at most `limit` scalars, all spaces, hyphens or 的.
  static func onlySpaces(_ text: ScalarText, _ range: Range<Int>, limit: Int) -> Bool {
    guard range.count <= limit else { return false }
    return range.allSatisfy { ["-", " ", "的"].contains(text.scalars[$0]) }
  }

  /// Whether a negation stands just before `position` in the same clause: at most 4 scalars
  /// between for a Chinese negation, 16 (two or three words) for an English one.
  static func negated(
    _ position: Int, in text: ScalarText, by negations: [PhraseMatch<Bool>]
  ) -> Bool {
    negations.contains { negation in
      guard negation.end <= position, text.sameClause(negation.start, position) else {
        return false
      }
      let latin = ScalarText.isLatinLetter(text.scalars[negation.start])
      return position - negation.end <= (latin ? 16 : 4)
    }
  }
}
