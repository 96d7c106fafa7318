import GleanPDF

/// Cuts the lines of one flow into blocks (paragraphs, headings, captions).
///
/// A block ends where the space between lines grows, the font size changes, the next line is
/// indented, the line is short in justified text, or a heading, caption or labelled paragraph
/// (`[关键词] …`) starts.
enum BlockSegmenter {
  static func segment(
    _ lines: [Line], metrics: FlowMetrics, page: Int, flow: Int, flowKind: Flow.Kind,
    stats: DocumentStats
  ) -> [DraftBlock] {
    let count = lines.count
    guard count > 0 else { return [] }
    let texts = lines.map(\.string)
    var softBreak = [Bool](repeating: true, count: count)
    for index in 1..<max(1, count) where index < count {
      softBreak[index] = breaks(lines[index - 1], lines[index], texts[index], metrics)
    }
    func distinct(_ line: Line) -> Bool {
      (line.bold && !FontStyle.isBold(stats.bodyFont)) || line.size > stats.bodySize + 0.4
        || (line.font != stats.bodyFont && !line.font.isEmpty
          && abs(line.size - stats.bodySize) < 0.4
          && line.pieces.allSatisfy { $0.font == line.pieces[0].font })
    }
    var heading = [(level: Int?, role: BlockRole?)?](repeating: nil, count: count)
    for index in 0..<count {
      let line = lines[index]
      let text = texts[index]
      let named = HeadingRules.namedHeading(text)
      if named.isHeading {
        heading[index] = (1, named.role)
        continue
      }
      let scalars = line.text
      guard scalars.count <= 60, let last = scalars.last, HeadingRules.labelledRole(text) == nil,
        !",，;；、".unicodeScalars.contains(last)
      else { continue }
      let before = index == 0 || softBreak[index] || heading[index - 1] != nil
      let after = index == count - 1 || softBreak[index + 1]
      guard before, after else { continue }
      if let numbered = HeadingRules.numbered(text) {
        if metrics.short(line) || distinct(line), !"。.".unicodeScalars.contains(last) {
          heading[index] = (numbered.level, nil)
        }
      } else if distinct(line), metrics.short(line) || line.size > stats.bodySize + 0.4,
        scalars.count <= 80, !"。.:：".unicodeScalars.contains(last),
        !HeadingRules.isFigureCaption(text), !HeadingRules.isTableCaption(text)
      {
        heading[index] = (nil, nil)
      }
    }

    var blocks: [DraftBlock] = []
    var group: [Int] = []
    func close() {
      guard let first = group.first else { return }
      let groupLines = group.map { lines[$0] }
      var block = DraftBlock(
        kind: .paragraph, lines: groupLines, page: page, flow: flow, flowKind: flowKind)
      if group.count == 1, let found = heading[first] {
        block.kind = .heading
        block.level = found.level ?? 2
        block.role = found.role
      } else if HeadingRules.isFigureCaption(texts[first])
        || HeadingRules.isTableCaption(texts[first])
      {
        block.kind = .caption
      } else {
        block.role = HeadingRules.labelledRole(texts[first])
      }
      block.startsIndented = metrics.indented(groupLines[0])
      block.endsFull = !metrics.short(groupLines[groupLines.count - 1])
      block.flowUsesIndent = metrics.usesIndent
      blocks.append(block)
      group = []
    }
    for index in 0..<count {
      let newBlock =
        index == 0 || softBreak[index] || heading[index] != nil || heading[index - 1] != nil
      if newBlock { close() }
      group.append(index)
    }
    close()
    return blocks
  }

  /// Whether a block boundary falls between `a` and the next line `b`.
  static func breaks(_ a: Line, _ b: Line, _ bText: String, _ metrics: FlowMetrics) -> Bool {
    let em = metrics.em
    let lead = b.box.midY - a.box.midY
    if lead > 1.45 * metrics.pitch + 0.5 { return true }
    if b.box.y0 - a.box.y1 > 1.0 * max(a.size, b.size) { return true }
    if abs(a.size - b.size) > max(0.6, 0.1 * min(a.size, b.size)) { return true }
    if metrics.indented(b), b.box.x0 > a.box.x0 + 0.6 * em { return true }
    // A short line ends a paragraph in justified text, if it ends a sentence (ragged lines of a
    // paragraph set unjustified inside a justified flow end mid-sentence).
    if metrics.justified, metrics.short(a), let last = a.text.last,
      ScalarClass.endsSentence(last) || "：:；;）)]」".unicodeScalars.contains(last)
    {
      return true
    }
    if HeadingRules.isFigureCaption(bText) || HeadingRules.isTableCaption(bText) { return true }
    if HeadingRules.labelledRole(bText) != nil { return true }
    // Two numbered headings in a row (`1. 组织病理学特点` over `1.1. 病理分级`).
    if metrics.short(a), metrics.short(b), b.text.count <= 60, a.text.count <= 60,
      HeadingRules.numbered(bText) != nil, HeadingRules.numbered(a.string) != nil
    {
      return true
    }
    return false
  }
}

/// Moves footnotes to the end of the page: small print closing a column below the column's
/// normal-size text, low on the page; or a lone small-print band at the foot of the page.
enum FootnoteRule {
  /// Moves each page's footnotes after its other blocks (before its footer).
  static func apply(_ pages: inout [[DraftBlock]], heights: [Double], stats: DocumentStats) {
    for index in pages.indices {
      let blocks = pages[index]
      let running = blocks.filter { $0.kind.isRunningMatter }
      let headers = running.filter { $0.box.midY < heights[index] / 2 }
      let footers = running.filter { $0.box.midY >= heights[index] / 2 }
      let body = blocks.filter { !$0.kind.isRunningMatter }
      let (main, notes) = split(body, stats: stats, pageHeight: heights[index])
      pages[index] = headers + main + notes + footers
    }
  }

  static func split(_ blocks: [DraftBlock], stats: DocumentStats, pageHeight: Double)
    -> (main: [DraftBlock], notes: [DraftBlock])
  {
    func small(_ block: DraftBlock) -> Bool {
      (block.kind == .paragraph || block.kind == .heading) && block.role == nil
        && block.size <= stats.bodySize * 0.92 && block.size <= stats.bodySize - 0.5
    }
    var isNote = [Bool](repeating: false, count: blocks.count)
    let lastFlow = blocks.last?.flow
    for index in blocks.indices where blocks[index].lastInFlow {
      var cursor = index
      while cursor >= 0, blocks[cursor].flow == blocks[index].flow, small(blocks[cursor]),
        blocks[cursor].box.y0 > pageHeight * 0.55
      {
        cursor -= 1
      }
      let flowHasBody = cursor >= 0 && blocks[cursor].flow == blocks[index].flow
      // A full-width band of small print at the foot of the page (licence, correspondence).
      let bottomBand =
        !flowHasBody && cursor < index && blocks[index].flowKind == .wide
        && blocks[index].flow == lastFlow && blocks[cursor + 1].box.y0 > pageHeight * 0.75
      if flowHasBody || bottomBand, cursor < index {
        for position in (cursor + 1)...index { isNote[position] = true }
      }
    }
    var main: [DraftBlock] = []
    var notes: [DraftBlock] = []
    for (position, block) in blocks.enumerated() {
      if isNote[position] {
        var note = block
        note.kind = .footnote
        note.level = nil
        notes.append(note)
      } else {
        main.append(block)
      }
    }
    // The first and last blocks of each flow, tables and captions (floats) not counted.
    func isFloat(_ block: DraftBlock) -> Bool { block.kind == .table || block.kind == .caption }
    var seenFlows = Set<Int>()
    for position in main.indices {
      main[position].firstInFlow = false
      main[position].lastInFlow = false
      guard !isFloat(main[position]) else { continue }
      main[position].firstInFlow = seenFlows.insert(main[position].flow).inserted
    }
    seenFlows = []
    for position in main.indices.reversed() where !isFloat(main[position]) {
      main[position].lastInFlow = seenFlows.insert(main[position].flow).inserted
    }
    return (main, notes)
  }
}
