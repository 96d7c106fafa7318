import GleanEntities

/// Puts a paper's findings together: table rows, prose sentences, the merge of the two, the
/// reference list, the stable ids.
struct FindingAssembler {
  let rules: FindingRules
  let recognizer: EntityRecognizer
  let paper: PaperText
  /// Mentions with offsets into ``PaperText/text``.
  let mentions: [Mention]
  let paperKey: String

  func findings() -> [Finding] {
    let tags = mentions.map(EntityTag.init).sorted { $0.start < $1.start }
    let table = tableFindings(tags)
    let text = sentenceFindings(tags)
    var drafts = FindingMerger.merge(table: table, text: text)
    let byNumber = referencesByNumber()
    for index in drafts.indices {
      resolveReferences(&drafts[index].finding, byNumber: byNumber)
      drafts[index].finding.id = FindingIdentity.id(of: drafts[index].finding, paperKey: paperKey)
    }
    return FindingMerger.dedupe(drafts).map(\.finding)
  }

  // MARK: prose

  func sentenceFindings(_ tags: [EntityTag]) -> [FindingDraft] {
    let segmenter = SentenceSegmenter(rules: recognizer.rules)
    let analyzer = ClaimAnalyzer(rules: rules)
    let reader = SentenceReader(rules: rules)
    let byYear = referencesByYear()
    var drafts: [FindingDraft] = []
    for line in paper.proseLines {
      let lineText = paper.string(line)
      for local in segmenter.sentences(in: lineText) {
        let range = (line.lowerBound + local.lowerBound)..<(line.lowerBound + local.upperBound)
        let sentence = paper.string(range)
        let evidence = paper.evidence(range, text: sentence)
        let whole = ScalarText(scalars: Array(paper.scalars[range]))
        for unit in reader.statements(in: whole) {
          let part = (range.lowerBound + unit.lowerBound)..<(range.lowerBound + unit.upperBound)
          let inside = Self.tags(tags, within: part).map { $0.shifted(by: -part.lowerBound) }
          // A statement that is the whole sentence reads the sentence's text as it is.
          let text =
            part == range ? whole : ScalarText(scalars: Array(paper.scalars[part]))
          var analysis = analyzer.analyze(text, tags: inside)
          resolveAuthorYear(&analysis, byYear: byYear)
          for var finding in reader.findings(from: analysis) {
            finding.evidence = [evidence]
            drafts.append(FindingDraft(finding: finding, offset: part.lowerBound))
          }
        }
      }
    }
    return drafts
  }

  /// Tags lying inside `range` (tags sorted by start).
  static func tags(_ tags: [EntityTag], within range: Range<Int>) -> [EntityTag] {
    var low = 0
    var high = tags.count
    while low < high {
      let mid = (low + high) / 2
      if tags[mid].start < range.lowerBound { low = mid + 1 } else { high = mid }
    }
    var result: [EntityTag] = []
    var index = low
    while index < tags.count, tags[index].start < range.upperBound {
      if tags[index].end <= range.upperBound { result.append(tags[index]) }
      index += 1
    }
    return result
  }

  // MARK: tables

  func tableFindings(_ tags: [EntityTag]) -> [FindingDraft] {
    let reader = TableReader(rules: rules)
    var drafts: [FindingDraft] = []
    var previous: (caption: String?, header: [String])?
    for span in paper.tables {
      var headerRows = span.headerRows
      var bodyRows = span.bodyRows
      if headerRows.isEmpty, let first = bodyRows.first {
        headerRows = [first]
        bodyRows.removeFirst()
      }
      let columns = headerRows.map(\.count).max() ?? 0
      var header = (0..<columns).map { column in
        headerRows.compactMap { column < $0.count ? $0[column].text : nil }
          .joined(separator: " ").trimmingWhitespace()
      }
      var caption = span.caption
      // A table continued on the next page or column without its header.
      if !TableReader.isFindingTable(reader.columnRoles(header)), let previous,
        previous.header.count == columns
      {
        bodyRows = headerRows + bodyRows
        header = previous.header
        caption = caption ?? previous.caption
      }
      previous = (caption, header)
      bodyRows = Self.joinContinuations(bodyRows, roles: reader.columnRoles(header))
      let input = TableInput(
        caption: caption, header: header,
        rows: bodyRows.map { row in row.map { cell in inputCell(cell, tags) } })
      for (finding, rowIndex) in reader.findings(input) {
        let row = bodyRows[rowIndex]
        var draft = finding
        let ranges = row.compactMap(\.range).filter { !$0.isEmpty }
        let text = row.map(\.text).joined(separator: "\t")
        let boxes = row.filter { !$0.text.isEmpty }.compactMap(\.box)
        let offset = ranges.map(\.lowerBound).min() ?? span.offset
        let range = offset..<(ranges.map(\.upperBound).max() ?? offset)
        draft.evidence = [paper.evidence(range, text: text, boxes: boxes.isEmpty ? nil : boxes)]
        drafts.append(FindingDraft(finding: draft, offset: offset))
      }
    }
    return drafts
  }

  /// Rows that continue the row above (a cell wrapped onto a line the table reader took for a
  /// new row: `CHEN | BMSC-Exo | …` then `等[32] | | | 和SW480细胞…`) joined to it. A row
  /// continues the one above when its reference cell does not start with an author, and its
  /// source cell is empty or at most half its cells hold text.
  static func joinContinuations(
    _ rows: [[PaperText.TableSpan.Cell]], roles: [ColumnRole?]
  ) -> [[PaperText.TableSpan.Cell]] {
    let reference = roles.firstIndex(of: .reference)
    let source = roles.firstIndex(of: .source)
    var result: [[PaperText.TableSpan.Cell]] = []
    for row in rows {
      let filled = row.filter { !$0.text.isEmpty }.count
      let startsWithAuthor =
        reference.map { $0 < row.count && TableReader.leadingName(row[$0].text) != nil } ?? false
      let sourceEmpty = source.map { $0 < row.count && row[$0].text.isEmpty } ?? false
      guard let last = result.last, last.count == row.count, !startsWithAuthor,
        sourceEmpty || filled * 2 <= row.count
      else {
        result.append(row)
        continue
      }
      result[result.count - 1] = zip(last, row).map { upper, lower in
        guard !lower.text.isEmpty else { return upper }
        guard !upper.text.isEmpty else { return lower }
        var joined = upper
        joined.text = Self.join(upper.text, lower.text)
        if let a = upper.range, let b = lower.range {
          joined.range = min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
        }
        if let a = upper.box, let b = lower.box, a.count == 4, b.count == 4 {
          joined.box = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
        }
        return joined
      }
    }
    return result
  }

  /// Two pieces of a wrapped cell: no space where either side is Chinese or a citation follows.
  static func join(_ a: String, _ b: String) -> String {
    guard let last = a.unicodeScalars.last, let first = b.unicodeScalars.first else { return a + b }
    if ScalarText.isHan(last) || ScalarText.isHan(first) || first == "[" || last == "-" {
      return a + b
    }
    return a + " " + b
  }

  /// A cell with its mentions: those of the paper inside the cell's range when the range holds
  /// the cell's text, else the cell recognised on its own.
  func inputCell(_ cell: PaperText.TableSpan.Cell, _ tags: [EntityTag]) -> TableInput.Cell {
    if let range = cell.range {
      let written = paper.string(range)
      if written == cell.text {
        return TableInput.Cell(
          text: cell.text,
          tags: Self.tags(tags, within: range).map { $0.shifted(by: -range.lowerBound) })
      }
      if let offset = Self.offset(of: cell.text, in: written) {
        let start = range.lowerBound + offset
        let inner = start..<(start + cell.text.unicodeScalars.count)
        return TableInput.Cell(
          text: cell.text, tags: Self.tags(tags, within: inner).map { $0.shifted(by: -start) })
      }
    }
    return TableInput.Cell(
      text: cell.text, tags: recognizer.recognize(cell.text).map(EntityTag.init))
  }

  /// The scalar offset of `needle` in `haystack`, if it occurs.
  static func offset(of needle: String, in haystack: String) -> Int? {
    let a = Array(haystack.unicodeScalars)
    let b = Array(needle.unicodeScalars)
    guard !b.isEmpty, b.count <= a.count else { return nil }
    for start in 0...(a.count - b.count) where a[start..<(start + b.count)].elementsEqual(b) {
      return start
    }
    return nil
  }

  // MARK: references

  /// The reference-list entries by year, in list order: the lowercased author list (or the
  /// entry's text) each starts with, and its number.
  func referencesByYear() -> [Int: [(lead: String, number: Int?)]] {
    var byYear: [Int: [(lead: String, number: Int?)]] = [:]
    for entry in paper.references {
      guard let year = entry.year else { continue }
      let lead = (entry.authors ?? entry.text).trimmingWhitespace().lowercased()
      byYear[year, default: []].append((lead, entry.number))
    }
    return byYear
  }

  /// Author-year citations become the numbers of the entries they name (`byYear`:
  /// ``referencesByYear()``).
  func resolveAuthorYear(
    _ analysis: inout ClaimAnalysis, byYear: [Int: [(lead: String, number: Int?)]]
  ) {
    guard !paper.references.isEmpty else { return }
    for index in analysis.markers.indices where analysis.markers[index].numbers.isEmpty {
      guard let author = analysis.markers[index].author?.lowercased(),
        let year = analysis.markers[index].year
      else { continue }
      let matches = (byYear[year] ?? []).filter { $0.lead.hasPrefix(author) }
      if matches.count == 1, let number = matches[0].number {
        analysis.markers[index].numbers = [number]
      }
    }
  }

  /// The reference-list entries by number (the first entry of a number).
  func referencesByNumber() -> [Int: CitedReference] {
    var byNumber: [Int: CitedReference] = [:]
    for entry in paper.references {
      if let number = entry.number, byNumber[number] == nil { byNumber[number] = entry }
    }
    return byNumber
  }

  /// The reference-list entries of the cited numbers (`byNumber`: ``referencesByNumber()``).
  func resolveReferences(_ finding: inout Finding, byNumber: [Int: CitedReference]? = nil) {
    guard !paper.references.isEmpty else { return }
    let byNumber = byNumber ?? referencesByNumber()
    finding.citations = finding.refs.compactMap { byNumber[$0] }
    finding.reference = finding.refs.first.flatMap { byNumber[$0]?.text }
  }
}
