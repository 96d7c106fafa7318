/// A table as the finding reader sees it: caption, header texts and body rows of cells with their
/// entity mentions.
struct TableInput: Sendable {
  struct Cell: Sendable {
    var text: String
    /// Entity mentions, in scalar offsets of ``text``.
    var tags: [EntityTag]
  }

  var caption: String?
  /// One text per column (header rows joined).
  var header: [String]
  var rows: [[Cell]]
}

/// Reads a table whose caption or header says what its rows are (`表2 Exo对肿瘤的抑制作用及其机制`;
/// columns 参考文献 · Exo来源 · 作用机制 · 对肿瘤的抑制作用) as one finding per row. The direction
/// comes from the caption or the effect column's header; the rest from the cells.
struct TableReader: Sendable {
  let rules: FindingRules

  /// The role of each column, by the longest header word it holds.
  func columnRoles(_ header: [String]) -> [ColumnRole?] {
    header.map { text in
      let scalars = ScalarText(text)
      return rules.tableHeaders.matches(in: scalars).max { $0.weight < $1.weight }?.value
    }
  }

  /// Whether a table with these column roles lists findings: a reference, source or miRNA column
  /// and at least one more role.
  static func isFindingTable(_ roles: [ColumnRole?]) -> Bool {
    let present = Set(roles.compactMap { $0 })
    return present.count >= 2
      && !present.isDisjoint(with: [.reference, .source, .mirna])
      && !present.isDisjoint(with: [.mechanism, .target, .effect, .mirna, .cancer])
  }

  /// The direction stated by the caption, else by the effect column's header; `nil` when
  /// neither states exactly one.
  func statedDirection(caption: String?, header: [String], roles: [ColumnRole?]) -> (
    String, String
  )? {
    func directions(_ text: String) -> Set<String> {
      Set(rules.captionDirections.matches(in: ScalarText(text)).map(\.value))
    }
    if let caption {
      let found = directions(caption)
      if found.count == 1, let only = found.first { return (only, "direction:caption") }
      if found.count > 1 { return nil }
    }
    var found = Set<String>()
    for (index, role) in roles.enumerated() where role == .effect {
      found.formUnion(directions(header[index]))
    }
    if found.count == 1, let only = found.first { return (only, "direction:header") }
    return nil
  }

  /// One finding per body row (without id or evidence), with the row's index; empty when the
  /// table does not list findings.
  func findings(_ table: TableInput) -> [(finding: Finding, row: Int)] {
    let roles = columnRoles(table.header)
    guard Self.isFindingTable(roles) else { return [] }
    let stated = statedDirection(caption: table.caption, header: table.header, roles: roles)
    let analyzer = ClaimAnalyzer(rules: rules)
    func columns(_ wanted: Set<ColumnRole>) -> [Int] {
      roles.indices.filter { roles[$0].map(wanted.contains) ?? false }
    }
    let referenceColumns = columns([.reference])
    let sourceColumns = columns([.source])
    var mechanismColumns = columns([.mechanism, .target, .mirna])
    let effectColumns = columns([.effect])
    if mechanismColumns.isEmpty {
      mechanismColumns = roles.indices.filter { roles[$0] != .reference && roles[$0] != .source }
    }

    var result: [(finding: Finding, row: Int)] = []
    for (rowIndex, row) in table.rows.enumerated() {
      func cells(_ indices: [Int]) -> [TableInput.Cell] {
        indices.filter { $0 < row.count }.map { row[$0] }
      }
      let analyses = row.map { analyzer.analyze(ScalarText($0.text), tags: $0.tags) }
      func analysed(_ indices: [Int]) -> [ClaimAnalysis] {
        indices.filter { $0 < analyses.count }.map { analyses[$0] }
      }
      var finding = Finding(origin: ["table"])

      // References and first author.
      for cell in cells(referenceColumns) {
        let text = ScalarText(cell.text)
        let markers = CitationParser(rules: rules).markers(in: text)
        var numbers = CitationParser.numbers(of: markers)
        if numbers.isEmpty,
          let bare = CitationParser.parseList(Array(cell.text.trimmingWhitespace().unicodeScalars))
        {
          numbers = bare
        }
        finding.refs = Array(Set(finding.refs + numbers)).sorted()
        finding.authors =
          finding.authors ?? markers.compactMap(\.author).first
          ?? Self.leadingName(cell.text)
      }

      // Exosome source.
      let sourceTags = cells(sourceColumns).flatMap(\.tags).filter { $0.kind == .source }
      let otherSourceTags = analyses.flatMap(\.tags).filter { $0.kind == .source }
      if let tag = sourceTags.first(where: { !$0.normalized.isEmpty }) ?? otherSourceTags.first {
        finding.source = SourceRef(text: tag.text, normalized: tag.normalized)
      } else if let cell = cells(sourceColumns).first {
        let text = cell.text.trimmingWhitespace()
        if !text.isEmpty && text != "-" && text != "—" {
          finding.source = SourceRef(text: text, normalized: text)
        }
      }

      // miRNAs, relation and targets from the mechanism cells.
      let mechanism = analysed(mechanismColumns)
      var mirnas: [MirnaRef] = []
      for analysis in analysed(mechanismColumns + effectColumns) {
        for mirna in FindingPartsBuilder.mirnas(analysis, hasSource: finding.source != nil)
        where !mirnas.contains(where: { $0.normalized == mirna.normalized }) {
          mirnas.append(mirna)
        }
      }
      finding.mirnas = mirnas
      let hits = mechanism.flatMap(\.relations)
      let withTargets = hits.filter(\.hasTargets)
      let chosen =
        withTargets.min { $0.rank < $1.rank }
        ?? hits.first { $0.relation != "delivers" && $0.relation != "contains" }
      if let chosen {
        finding.relation = chosen.relation
        finding.negated = chosen.negated
        finding.rules.append("relation:\(chosen.pattern)")
      } else {
        finding.relation = finding.source != nil && !mirnas.isEmpty ? "delivers" : "affects"
        finding.rules.append("relation:default-\(finding.relation)")
      }
      let targetTags = mechanism.flatMap(\.tags)
      finding.genes = FindingPartsBuilder.refs(targetTags, kind: .gene)
      finding.families = FindingPartsBuilder.refs(targetTags, kind: .family)
      finding.pathways = FindingPartsBuilder.refs(targetTags, kind: .pathway)

      // Direction, outcomes, cancers, cell lines.
      if let (direction, rule) = stated {
        finding.direction = direction
        finding.rules.insert(rule, at: 0)
      } else {
        let own = (analysed(effectColumns) + mechanism).map(\.direction).first { $0 != "unclear" }
        finding.direction = own ?? "unclear"
        finding.rules.insert("direction:cells", at: 0)
      }
      var outcomes: [String] = []
      for analysis in analysed(effectColumns) + mechanism {
        for outcome in analysis.outcomes where !outcomes.contains(outcome) {
          outcomes.append(outcome)
        }
      }
      finding.outcomes = outcomes
      let placeTags = analyses.indices
        .filter { !referenceColumns.contains($0) && !sourceColumns.contains($0) }
        .flatMap { FindingPartsBuilder.outsideSources(analyses[$0].tags) }
      finding.cancers = FindingPartsBuilder.refs(placeTags, kind: .cancer)
      finding.cellLines = FindingPartsBuilder.refs(placeTags, kind: .cellLine)
      finding.hedged = analysed(mechanismColumns + effectColumns).contains(where: \.hedged)
      finding.rules.insert("table-row", at: 0)

      guard finding.source != nil || !finding.mirnas.isEmpty else { continue }
      result.append((finding, rowIndex))
    }
    return result
  }

  /// A capitalised Latin name at the start of a cell (`LIANG等`, `Smith et al.`).
  static func leadingName(_ text: String) -> String? {
    var name = ""
    for scalar in text.trimmingWhitespace().unicodeScalars {
      guard ScalarText.isLatinLetter(scalar) || scalar == "-" || scalar == "'" else { break }
      name.unicodeScalars.append(scalar)
    }
    guard name.unicodeScalars.count >= 2, name.first?.isUppercase == true else { return nil }
    return name
  }
}
