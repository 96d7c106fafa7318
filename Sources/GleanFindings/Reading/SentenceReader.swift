/// Reads the findings of one sentence: who (exosome source, miRNAs) did what (relation) to which
/// genes, families or pathways, with which effect on which tumour, citing which references.
struct SentenceReader: Sendable {
  let rules: FindingRules

  /// The findings `analysis` supports, without id or evidence: one per relation with targets
  /// (提高p27kip1和降低CDK2 gives two), or one for the claim as a whole. Sentences without an
  /// agent (a miRNA or an exosome source), or without a citation and a miRNA, give none.
  func findings(from analysis: ClaimAnalysis) -> [Finding] {
    let tags = FindingPartsBuilder.outsideSources(analysis.tags)
    let sourceTag = chooseSource(analysis)
    let source = sourceTag.map { SourceRef(text: $0.text, normalized: $0.normalized) }
    let groups = relationGroups(analysis)
    let folded =
      !groups.isEmpty
      && analysis.relations.contains { hit in
        hit.hasTargets && hit.targets.allSatisfy { $0.kind == .mirna }
          && !groups.contains { $0.relation == hit.relation }
      }
    let mirnas = FindingPartsBuilder.mirnas(analysis, hasSource: source != nil, folded: folded)
    guard !mirnas.isEmpty || source != nil else { return [] }
    guard !analysis.markers.isEmpty || !mirnas.isEmpty else { return [] }

    let direction = analysis.direction
    let cancers = FindingPartsBuilder.refs(tags, kind: .cancer)
    let cellLines = FindingPartsBuilder.refs(tags, kind: .cellLine)
    if groups.isEmpty {
      let carries = source != nil && !mirnas.isEmpty
      if direction == "unclear" && !carries { return [] }
      if mirnas.isEmpty && (analysis.outcomes.isEmpty && cancers.isEmpty) { return [] }
    } else if source == nil, direction == "unclear" {
      // Without an exosome and an effect, transfecting a miRNA or raising and lowering it is
      // how an experiment was done, not a finding.
      let weak = groups.allSatisfy { group in
        ["delivers", "contains"].contains(group.relation)
          || group.hits.allSatisfy { $0.targets.allSatisfy { $0.kind == .mirna } }
      }
      if weak { return [] }
    }

    // The places the claim is made of, for the citations that govern it.
    var anchors: [Range<Int>] = analysis.tags.filter { $0.kind == .mirna }.map(\.range)
    if let sourceTag { anchors.append(sourceTag.range) }
    anchors += analysis.cues.map { $0.position..<($0.position + 1) }

    /// Cancers and cell lines up to the end of the claim's last clause (not those of a claim
    /// that follows in the same sentence).
    func places(_ base: inout Finding, claim: [Range<Int>]) {
      guard let last = claim.map(\.upperBound).max(), last > 0 else { return }
      let end = analysis.text.clauseRange(at: min(last - 1, analysis.text.count - 1)).upperBound
      let inside = tags.filter { $0.start < end }
      base.cancers = FindingPartsBuilder.refs(inside, kind: .cancer)
      base.cellLines = FindingPartsBuilder.refs(inside, kind: .cellLine)
    }

    let cueRules = analysis.cues.map { "direction:\($0.pattern)" }
    let base = Finding(
      source: source, mirnas: mirnas, direction: direction, outcomes: analysis.outcomes,
      cancers: cancers, cellLines: cellLines, hedged: analysis.hedged, origin: ["text"])
    let lastCueNegated = analysis.cues.last?.negated ?? false
    guard !groups.isEmpty else {
      var finding = base
      (finding.refs, finding.authors) = citations(analysis, claim: anchors)
      places(&finding, claim: anchors)
      let contains = analysis.relations.contains { $0.relation == "contains" }
      finding.relation =
        source != nil && !mirnas.isEmpty ? (contains ? "contains" : "delivers") : "affects"
      finding.negated = lastCueNegated
      finding.rules = ["sentence", "relation:default-\(finding.relation)"] + cueRules
      return finding.refs.isEmpty && finding.authors == nil && mirnas.isEmpty ? [] : [finding]
    }
    return groups.compactMap { group in
      var finding = base
      finding.relation = group.relation
      let targets = group.hits.flatMap(\.targets)
      finding.genes = FindingPartsBuilder.refs(targets, kind: .gene)
      finding.families = FindingPartsBuilder.refs(targets, kind: .family)
      finding.pathways = FindingPartsBuilder.refs(targets, kind: .pathway)
      finding.negated = group.hits.contains(where: \.negated) || lastCueNegated
      finding.rules = ["sentence"] + group.hits.map { "relation:\($0.pattern)" } + cueRules
      let claim = anchors + group.hits.map(\.range) + targets.map(\.range)
      (finding.refs, finding.authors) = citations(analysis, claim: claim)
      places(&finding, claim: claim)
      return finding.refs.isEmpty && finding.authors == nil && mirnas.isEmpty ? nil : finding
    }
  }

  /// The references governing a claim made of the places `claim`. With one citation in the
  /// sentence, that one. With several: the citations inside the claim and the first one after
  /// it (`…CD73等）[13]，…[14]`), else the last one before it that leads a claim
  /// (`研究结果[41-42]表明，…`, `LIANG等[27]的研究`), else all of them.
  func citations(_ analysis: ClaimAnalysis, claim: [Range<Int>]) -> ([Int], String?) {
    let markers = analysis.markers
    let all = (CitationParser.numbers(of: markers), markers.compactMap(\.author).first)
    guard Set(markers.map(\.numbers)).count > 1, let lower = claim.map(\.lowerBound).min(),
      let upper = claim.map(\.upperBound).max()
    else { return all }
    let leading = markers.map { leads($0, in: analysis.text) }
    var chosen = markers.indices.filter {
      !leading[$0] && markers[$0].range.lowerBound >= lower && markers[$0].range.lowerBound < upper
    }
    if let after = markers.indices.first(where: {
      !leading[$0] && markers[$0].range.lowerBound >= upper
    }) {
      chosen.append(after)
    }
    if chosen.isEmpty,
      let before = markers.indices.last(where: {
        leading[$0] && markers[$0].range.lowerBound < upper
      })
    {
      chosen = [before]
    }
    guard !chosen.isEmpty else { return all }
    let picked = chosen.map { markers[$0] }
    return (CitationParser.numbers(of: picked), picked.compactMap(\.author).first)
  }

  /// Whether a marker leads the claim after it: it has an author (`LIANG等[27]`) or a study verb
  /// follows it (`[41-42]表明`).
  func leads(_ marker: CitationMarker, in text: ScalarText) -> Bool {
    if marker.author != nil { return true }
    var position = marker.range.upperBound
    while position < text.count, text.scalars[position] == " " { position += 1 }
    return rules.studyVerbs.allMatches(in: text, within: position..<min(text.count, position + 4))
      .contains { $0.start == position }
  }

  /// The statements of a sentence: it is cut before each clause (but the first) that opens
  /// with a statement word near its start (`…生长，本课题组前期研究发现，…[23]，表明…`), so that
  /// the claims of different studies in one sentence are read apart.
  func statements(in sentence: ScalarText) -> [Range<Int>] {
    var starts = [0]
    for position in 1..<max(1, sentence.count)
    where sentence.clause[position] != sentence.clause[position - 1] {
      var start = position
      while start < sentence.count, sentence.scalars[start] == " " { start += 1 }
      let window = start..<min(sentence.count, start + 10)
      guard !window.isEmpty else { continue }
      let opens = rules.statementOpeners.allMatches(in: sentence, within: window).contains {
        sentence.sameClause($0.start, start)
      }
      if opens { starts.append(position) }
    }
    return zip(starts, starts.dropFirst() + [sentence.count]).map { $0..<$1 }
  }

  /// Relation triggers with targets, grouped by relation in order of appearance. A group whose
  /// targets a better-ranked group also acts on is left out (作为调控… and 负向调节…的表达 of the
  /// same genes). When some group acts on genes, families or pathways, groups that act on
  /// miRNAs only are folded into it: delivering a miRNA or lowering it is how the claim's agent
  /// acts (下调miR-100可以激活PLK1).
  func relationGroups(_ analysis: ClaimAnalysis) -> [(relation: String, hits: [RelationHit])] {
    var groups: [(relation: String, hits: [RelationHit])] = []
    for hit in analysis.relations where hit.hasTargets {
      if let index = groups.firstIndex(where: { $0.relation == hit.relation }) {
        groups[index].hits.append(hit)
      } else {
        groups.append((hit.relation, [hit]))
      }
    }
    func rank(_ relation: String) -> Int { rules.relationRanks[relation] ?? 9 }
    func targets(_ group: (relation: String, hits: [RelationHit])) -> Set<String> {
      Set(group.hits.flatMap(\.targets).map { "\($0.kind.rawValue):\($0.normalized)" })
    }
    groups = groups.filter { group in
      !groups.contains { other in
        rank(other.relation) < rank(group.relation) && targets(group).isSubset(of: targets(other))
      }
    }
    let onlyMirnas = { (group: (relation: String, hits: [RelationHit])) in
      group.hits.allSatisfy { $0.targets.allSatisfy { $0.kind == .mirna } }
    }
    if groups.contains(where: { !onlyMirnas($0) }) {
      groups.removeAll(where: onlyMirnas)
    }
    return groups
  }

  /// The exosome source of the claim: the one named last before the claim's first trigger or
  /// cue (`…BMSC-Exo通过miR-144降低…`), else the first one named.
  func chooseSource(_ analysis: ClaimAnalysis) -> EntityTag? {
    let sources = analysis.tags.filter { $0.kind == .source }
    guard let first = sources.first else { return nil }
    let anchors =
      analysis.relations.filter(\.hasTargets).map(\.range.lowerBound)
      + analysis.cues.map(\.position)
      + analysis.tags.filter { $0.kind == .mirna }.map(\.start)
    let chosen: EntityTag
    if let anchor = anchors.min(), let before = sources.last(where: { $0.end <= anchor }) {
      chosen = before
    } else {
      chosen = first
    }
    return chosen
  }
}
