import GleanPDF

/// Lays out one page: running matter aside, flows in reading order, tables, then blocks.
enum PageLayout {
  static func blocks(
    _ page: PagePieces, marks: RunningMatter.Marks, stats: DocumentStats
  ) -> [DraftBlock] {
    let em = max(stats.bodySize, 4)
    var headers: [DraftBlock] = []
    var footers: [DraftBlock] = []
    var body: [Piece] = []
    var running: [BlockKind: [Piece]] = [:]
    for (index, piece) in page.pieces.enumerated() {
      if let kind = marks.kinds[index] {
        running[kind, default: []].append(piece)
      } else {
        body.append(piece)
      }
    }
    for kind in [BlockKind.header, .pageNumber, .footer] {
      guard let pieces = running[kind] else { continue }
      for row in ColumnLayout.rowsOf(pieces) {
        var block = DraftBlock(
          kind: kind, lines: [Line(pieces: row)], page: page.number, flow: -1, flowKind: .wide)
        block.kind = kind
        if row.allSatisfy({ $0.box.midY < page.height / 2 }) {
          headers.append(block)
        } else {
          footers.append(block)
        }
      }
    }

    let flows = ColumnLayout.flows(body, bodySize: em)
    var lines: [PageLine] = []
    for (index, flow) in flows.enumerated() {
      for line in flow.lines {
        lines.append(PageLine(line: line, flow: index, flowKind: flow.kind, grid: flow.grid))
      }
    }
    let tables = TableDetector.detect(lines, em: em)
    var tableAt: [Int: DraftTable] = [:]
    var taken = Set<Int>()
    for table in tables {
      taken.formUnion(table.lineIndices)
      if let first = table.lineIndices.min() { tableAt[first] = table }
    }

    var blocks: [DraftBlock] = []
    var flowStart = 0
    while flowStart < lines.count {
      let flow = lines[flowStart].flow
      var flowEnd = flowStart
      while flowEnd < lines.count, lines[flowEnd].flow == flow { flowEnd += 1 }
      var chunk: [Line] = []
      let metrics = FlowMetrics(
        (flowStart..<flowEnd).filter { !taken.contains($0) }.map { lines[$0].line }, em: em)
      var flowBlocks: [DraftBlock] = []
      func flushChunk() {
        guard !chunk.isEmpty else { return }
        flowBlocks.append(
          contentsOf: BlockSegmenter.segment(
            chunk, metrics: metrics, page: page.number, flow: flow,
            flowKind: lines[flowStart].flowKind, stats: stats))
        chunk = []
      }
      for index in flowStart..<flowEnd {
        if let table = tableAt[index] {
          flushChunk()
          var block = DraftBlock(
            kind: .table, lines: [], page: page.number, flow: flow,
            flowKind: lines[flowStart].flowKind, table: table)
          block.size = table.rows.first?.first?.first?.size ?? em
          flowBlocks.append(block)
        }
        if taken.contains(index) { continue }
        chunk.append(lines[index].line)
      }
      flushChunk()
      if !flowBlocks.isEmpty {
        flowBlocks[0].firstInFlow = true
        flowBlocks[flowBlocks.count - 1].lastInFlow = true
      }
      blocks.append(contentsOf: flowBlocks)
      flowStart = flowEnd
    }
    return headers + blocks + footers
  }
}

/// Edges, line pitch and habits of one flow, measured on its lines.
struct FlowMetrics {
  var left: Double
  var right: Double
  /// Median distance between the middles of consecutive lines.
  var pitch: Double
  /// Most lines reach the right edge (justified text).
  var justified: Bool
  /// Some line starts indented by one to four ems.
  var usesIndent: Bool
  var em: Double

  init(_ lines: [Line], em: Double) {
    self.em = em
    guard !lines.isEmpty else {
      left = 0
      right = 0
      pitch = em * 1.2
      justified = false
      usesIndent = false
      return
    }
    let lefts = lines.map(\.box.x0).sorted()
    let rights = lines.map(\.box.x1).sorted()
    left = lines.count >= 10 ? lefts[lines.count / 10] : lefts[0]
    right =
      lines.count >= 10 ? rights[lines.count - 1 - lines.count / 10] : rights[rights.count - 1]
    var leads: [Double] = []
    for (a, b) in zip(lines, lines.dropFirst()) {
      let lead = b.box.midY - a.box.midY
      if lead > 0.5 * a.size, lead < 3 * max(a.size, b.size), abs(a.size - b.size) < 0.6 {
        leads.append(lead)
      }
    }
    leads.sort()
    pitch = leads.isEmpty ? 1.25 * (lines.first?.size ?? em) : leads[leads.count / 2]
    let rightEdge = right
    let reaching = lines.filter { $0.box.x1 >= rightEdge - em }.count
    justified = lines.count >= 3 && reaching * 2 >= lines.count
    let left = self.left
    usesIndent = lines.contains { $0.box.x0 >= left + 0.8 * em && $0.box.x0 <= left + 4 * em }
  }

  func indented(_ line: Line) -> Bool { line.box.x0 >= left + 0.8 * em }

  func short(_ line: Line) -> Bool { line.box.x1 < right - 2 * em }
}
