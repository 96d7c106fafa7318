import GleanPDF

/// Turns laid-out pages into a ``TextDocument``: decides which blocks continue one another across
/// column and page breaks, writes the plain text with its character map, and fills in each
/// block's text and offsets.
struct DocumentAssembler {
  private var pages: [[DraftBlock]]
  private let sizes: [(width: Double, height: Double)]
  private let numbers: [Int]
  private let qualities: [PageQuality]
  private let stats: DocumentStats
  private let vocabulary: Vocabulary

  /// One block of the document in reading order.
  private struct Item {
    var page: Int
    var block: Int
  }

  /// Blocks written as one unit of text (a paragraph and its continuations; a reference list).
  private struct Chain {
    var parts: [Int]
    var before: [Int] = []
    var after: [Int] = []
  }

  init(
    pages: [[DraftBlock]], layout: [PagePieces], stats: DocumentStats, vocabulary: Vocabulary
  ) {
    self.pages = pages
    self.vocabulary = vocabulary
    sizes = layout.map { ($0.width, $0.height) }
    numbers = layout.map(\.number)
    qualities = layout.map(\.quality)
    self.stats = stats
  }

  func assemble(file: String, sha256: String, metadata: PDFMetadata) -> TextDocument {
    var items: [Item] = []
    for (page, blocks) in pages.enumerated() {
      for index in blocks.indices { items.append(Item(page: page, block: index)) }
    }
    func block(_ item: Int) -> DraftBlock { pages[items[item].page][items[item].block] }
    func excluded(_ item: Int) -> Bool {
      block(item).kind.isRunningMatter || qualities[items[item].page].status != .ok
    }
    func isFloat(_ kind: BlockKind) -> Bool {
      kind == .table || kind == .caption || kind == .footnote
    }

    // Link continuations.
    var chains: [Chain] = []
    var chainOf: [Int: Int] = [:]
    var lastOpen: Int?
    var pendingFloats: [Int] = []
    for item in items.indices {
      let current = block(item)
      if current.kind.isRunningMatter { continue }
      if excluded(item) {
        lastOpen = nil
        pendingFloats = []
        continue
      }
      if isFloat(current.kind) {
        pendingFloats.append(item)
        continue
      }
      if let open = lastOpen, let chainIndex = chainOf[open],
        continues(block(open), current),
        let placed = placeFloats(
          pendingFloats, chain: chains[chainIndex],
          firstPage: items[chains[chainIndex].parts[0]].page,
          newPage: items[item].page, pageOf: { items[$0].page })
      {
        chains[chainIndex].parts.append(item)
        chains[chainIndex].before.append(contentsOf: placed.before)
        chains[chainIndex].after = placed.after
        chainOf[item] = chainIndex
      } else {
        chainOf[item] = chains.count
        chains.append(Chain(parts: [item]))
      }
      lastOpen = item
      pendingFloats = []
    }

    // Write the text.
    var writer = TextWriter(vocabulary: vocabulary)
    var ranges: [Int: Range<Int>] = [:]
    var tableRanges: [Int: [[Range<Int>]]] = [:]
    var entryRanges: [Int: [(number: Int?, range: Range<Int>)]] = [:]
    var continued = Set<Int>()
    var emitted = Set<Int>()

    func writeSingle(_ item: Int) {
      let current = block(item)
      writer.beginBlock()
      if let table = current.table {
        let (range, cells) = writeTable(table, page: numbers[items[item].page], into: &writer)
        ranges[item] = range
        tableRanges[item] = cells
      } else {
        let start = writer.count
        for line in current.lines { writer.append(line, page: numbers[items[item].page]) }
        ranges[item] = start..<writer.count
      }
      emitted.insert(item)
    }

    func writeChain(_ chain: Chain) {
      writer.beginBlock()
      if block(chain.parts[0]).kind == .references {
        var referenceItems: [ReferenceSplitter.Item] = []
        var owner: [Int] = []
        for part in chain.parts {
          let current = block(part)
          let left = current.lines.map(\.box.x0).min() ?? 0
          for (index, line) in current.lines.enumerated() {
            referenceItems.append(.init(line: line, left: left, opensBlock: index == 0))
            owner.append(part)
          }
        }
        let starts = ReferenceSplitter.starts(referenceItems, em: stats.bodySize)
        var currentEntry: (part: Int, number: Int?, start: Int)?
        func closeEntry(at end: Int) {
          guard let entry = currentEntry else { return }
          entryRanges[entry.part, default: []].append((entry.number, entry.start..<end))
          currentEntry = nil
        }
        for (index, item) in referenceItems.enumerated() {
          let part = owner[index]
          let page = numbers[items[part].page]
          if starts[index].starts, index > 0 {
            closeEntry(at: writer.count)
            writer.newLine()
          } else if let entry = currentEntry, entry.part != part {
            // An entry running on into the next column or page: its parts belong to their blocks.
            closeEntry(at: writer.count)
            continued.insert(part)
          }
          let range = writer.append(item.line, page: page)
          if currentEntry == nil {
            currentEntry = (
              part, starts[index].starts ? starts[index].number : nil, range.lowerBound
            )
          }
          let lower = ranges[part]?.lowerBound ?? range.lowerBound
          ranges[part] = lower..<range.upperBound
        }
        closeEntry(at: writer.count)
      } else {
        for (position, part) in chain.parts.enumerated() {
          let start = writer.count
          var first: Int?
          for line in block(part).lines {
            let range = writer.append(line, page: numbers[items[part].page])
            if first == nil { first = range.lowerBound }
          }
          ranges[part] = (first ?? start)..<writer.count
          if position > 0 { continued.insert(part) }
        }
      }
      for part in chain.parts { emitted.insert(part) }
    }

    for item in items.indices where !emitted.contains(item) && !excluded(item) {
      if let chainIndex = chainOf[item] {
        let chain = chains[chainIndex]
        guard chain.parts[0] == item else { continue }
        for float in chain.before where !emitted.contains(float) { writeSingle(float) }
        writeChain(chain)
        for float in chain.after where !emitted.contains(float) { writeSingle(float) }
      } else {
        writeSingle(item)
      }
    }

    // Fill in the public blocks.
    var laidOut: [LaidOutPage] = []
    var itemIndex = 0
    for (pageIndex, blocks) in pages.enumerated() {
      var publicBlocks: [Block] = []
      for draft in blocks {
        let item = itemIndex
        itemIndex += 1
        let range = ranges[item]
        let text = range.map { writer.string($0) } ?? draftText(draft)
        var result = Block(
          kind: draft.kind, role: draft.role, box: draft.box.rounded, text: text, textRange: range,
          level: draft.kind == .heading ? draft.level : nil)
        if let table = draft.table {
          result.table = publicTable(table, cellRanges: tableRanges[item], writer: writer)
        }
        if draft.kind == .references {
          result.references = (entryRanges[item] ?? []).map { entry in
            ReferenceEntry(
              number: entry.number, text: writer.string(entry.range), textRange: entry.range)
          }
          if range == nil {
            result.references = [ReferenceEntry(number: nil, text: text)]
          }
        }
        if continued.contains(item) { result.continued = true }
        publicBlocks.append(result)
      }
      laidOut.append(
        LaidOutPage(
          number: numbers[pageIndex], width: sizes[pageIndex].width,
          height: sizes[pageIndex].height, blocks: publicBlocks, quality: qualities[pageIndex]))
    }
    let quality = Self.documentQuality(file: file, numbers: numbers, qualities: qualities)
    return TextDocument(
      file: file, sha256: sha256, metadata: metadata, pages: laidOut, quality: quality,
      text: writer.scalars.string, pageStarts: writer.pageStarts(pageCount: numbers.count),
      characterMap: writer.runs)
  }

  /// Whether `next` continues the paragraph (or reference list) `previous` across a column or
  /// page break.
  private func continues(_ previous: DraftBlock, _ next: DraftBlock) -> Bool {
    if previous.kind == .references, next.kind == .references { return true }
    guard previous.kind == .paragraph, next.kind == .paragraph, previous.role == next.role,
      previous.lastInFlow, next.firstInFlow, previous.endsFull, !next.startsIndented,
      abs(previous.size - next.size) <= 0.6,
      let last = previous.lines.last?.text.last
    else { return false }
    if next.role == nil, let first = next.lines.first,
      HeadingRules.labelledRole(first.string) != nil
    {
      return false
    }
    if ScalarClass.endsSentence(last), !(previous.flowUsesIndent || next.flowUsesIndent) {
      return false
    }
    return true
  }

  /// Where the floats between two parts of a chain go: those on the new part's page after the
  /// chain, those on the chain's first page before it. `nil` when a float would be stranded on a
  /// page in between (the pages' text would no longer be contiguous).
  private func placeFloats(
    _ floats: [Int], chain: Chain, firstPage: Int, newPage: Int, pageOf: (Int) -> Int
  ) -> (before: [Int], after: [Int])? {
    var before: [Int] = []
    var after: [Int] = []
    for float in chain.after + floats {
      let page = pageOf(float)
      if page == newPage {
        after.append(float)
      } else if page == firstPage {
        before.append(float)
      } else {
        return nil
      }
    }
    return (before, after)
  }

  private func draftText(_ draft: DraftBlock) -> String {
    if let table = draft.table {
      var lines: [String] = []
      if !table.caption.isEmpty { lines.append(Self.captionText(table.caption)) }
      for row in table.rows {
        lines.append(row.map { Self.joined($0).string }.joined(separator: "\t"))
      }
      lines.append(contentsOf: table.footnotes.map(\.string))
      return lines.joined(separator: "\n")
    }
    return draft.joinedText.string
  }

  /// Caption lines joined; a second caption (another language) on its own line.
  private static func captionText(_ lines: [Line]) -> String {
    var parts: [[Line]] = []
    for line in lines {
      if parts.isEmpty || HeadingRules.isTableCaption(line.string) {
        parts.append([line])
      } else {
        parts[parts.count - 1].append(line)
      }
    }
    return parts.map { joined($0).string }.joined(separator: "\n")
  }

  private static func joined(_ lines: [Line]) -> [Unicode.Scalar] {
    var text: [Unicode.Scalar] = []
    for line in lines { TextRules.append(line.text, to: &text) }
    return text
  }

  /// Writes a table: caption line, one line per row with TAB between cells, then the notes.
  private func writeTable(_ table: DraftTable, page: Int, into writer: inout TextWriter)
    -> (Range<Int>, [[Range<Int>]])
  {
    let start = writer.count
    var wroteLine = false
    for (index, line) in table.caption.enumerated() {
      if index > 0, HeadingRules.isTableCaption(line.string) { writer.newLine() }
      writer.append(line, page: page)
      wroteLine = true
    }
    var cellRanges: [[Range<Int>]] = []
    for row in table.rows {
      if wroteLine { writer.newLine() }
      var rowRanges: [Range<Int>] = []
      for (column, cell) in row.enumerated() {
        if column > 0 { writer.appendSeparator("\t") }
        writer.beginCell()
        let cellStart = writer.count
        for line in cell { writer.append(line, page: page) }
        rowRanges.append(cellStart..<writer.count)
      }
      cellRanges.append(rowRanges)
      wroteLine = true
    }
    for (index, line) in table.footnotes.enumerated() {
      if Self.startsNote(table.footnotes, at: index) { writer.newLine() }
      writer.append(line, page: page)
    }
    return (start..<writer.count, cellRanges)
  }

  private func publicTable(_ table: DraftTable, cellRanges: [[Range<Int>]]?, writer: TextWriter)
    -> Table
  {
    var rows: [[TableCell]] = []
    for (rowIndex, row) in table.rows.enumerated() {
      var cells: [TableCell] = []
      for (column, lines) in row.enumerated() {
        let range = cellRanges?[rowIndex][column]
        let text = range.map { writer.string($0) } ?? Self.joined(lines).string
        let box =
          lines.dropFirst().reduce(lines.first?.box) { $0?.union($1.box) }
          ?? GlyphBox(x0: 0, y0: 0, x1: 0, y1: 0)
        cells.append(TableCell(text: text, box: box.rounded, textRange: range))
      }
      rows.append(cells)
    }
    var notes: [String] = []
    for (index, line) in table.footnotes.enumerated() {
      if Self.startsNote(table.footnotes, at: index) {
        notes.append(line.string)
      } else {
        var text = notes[notes.count - 1].unicodeScalars.map { $0 }
        TextRules.append(line.text, to: &text)
        notes[notes.count - 1] = text.string
      }
    }
    return Table(
      caption: table.caption.isEmpty ? nil : Self.captionText(table.caption), rows: rows,
      headerRows: 1, footnotes: notes)
  }

  /// Whether note line `index` starts a new note: the first line, or one that reads like a note
  /// after a line that stopped short (a wrapped note runs to the right edge).
  static func startsNote(_ lines: [Line], at index: Int) -> Bool {
    guard index > 0 else { return true }
    let right = lines.map(\.box.x1).max() ?? 0
    let above = lines[index - 1]
    return TableDetector.isNote(lines[index].string) && above.box.x1 < right - 2 * above.size
  }

  static func documentQuality(file: String, numbers: [Int], qualities: [PageQuality])
    -> DocumentQuality
  {
    var warnings: [String] = []
    var garbled: [Int] = []
    var empty: [Int] = []
    for (number, quality) in zip(numbers, qualities) {
      switch quality.status {
      case .ok: continue
      case .empty: empty.append(number)
      case .garbled: garbled.append(number)
      }
    }
    let withText = qualities.filter { $0.status != .empty }.count
    let status: DocumentQuality.Status
    if withText == 0 {
      status = .empty
      warnings.append(
        "\(file): no text layer on any page (a scanned paper?); Glean reads only PDFs with text")
    } else if garbled.count * 2 > withText {
      status = .garbled
      warnings.append(
        "\(file): garbled text layer on \(garbled.count) of \(withText) pages with text; "
          + "the text is not usable")
    } else {
      status = .ok
    }
    if status == .ok {
      for (number, quality) in zip(numbers, qualities) where quality.status != .ok {
        let reason = quality.reason ?? quality.status.rawValue
        let suffix = quality.status == .garbled ? "; its text is left out" : ""
        warnings.append("\(file): page \(number): \(reason)\(suffix)")
      }
    }
    return DocumentQuality(
      status: status, textLayer: withText > 0, garbledPages: garbled, emptyPages: empty,
      warnings: warnings)
  }
}
