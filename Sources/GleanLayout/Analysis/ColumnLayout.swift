import GleanPDF

/// A region of a page read top to bottom: one column of a two-column band, or a full-width band.
struct Flow: Sendable {
  enum Kind: Sendable, Equatable {
    /// Spans the page (one-column text, a title block, a table across both columns).
    case wide
    /// The left column of a two-column band.
    case left
    /// The right column of a two-column band.
    case right
  }

  var kind: Kind
  /// Set for a full-width band whose rows look like a table's (several wide gaps per row).
  var grid: Bool
  var lines: [Line]
}

/// Puts a page's pieces in reading order.
///
/// The page's column gutter is the widest vertical strip in its middle that no column-sized
/// piece crosses and that lines on both sides touch. Pieces crossing it (a title, a full-width
/// abstract or caption) cut the page into horizontal bands. A band between them is read as two
/// columns, left then right, unless its rows look like a table (three or more cells apart) or
/// neither side holds column-wide lines; then it is read row by row. Pages without a gutter are
/// one band.
enum ColumnLayout {
  struct Gutter: Equatable {
    var left: Double
    var right: Double
    var center: Double { (left + right) / 2 }
  }

  static func flows(_ pieces: [Piece], bodySize: Double) -> [Flow] {
    let body = pieces.filter { !$0.vertical }
    guard !body.isEmpty else { return [] }
    let em = max(bodySize, 4)
    guard let gutter = findGutter(body, em: em) else {
      return [Flow(kind: .wide, grid: false, lines: lines(of: body))]
    }
    // Pieces crossing the gutter, and every piece on a row with one of them, span the page.
    var spans = body.map { $0.box.x0 < gutter.center - 1 && $0.box.x1 > gutter.center + 1 }
    let spanning = body.indices.filter { spans[$0] }.map { body[$0].box }.sorted { $0.y0 < $1.y0 }
    for index in body.indices where !spans[index] {
      let box = body[index].box
      for other in spanning {
        if other.y0 > box.y1 { break }
        let overlap = min(other.y1, box.y1) - max(other.y0, box.y0)
        if overlap >= 0.5 * min(box.height, other.height) {
          spans[index] = true
          break
        }
      }
    }
    let edges = columnEdges(body, spans: spans, gutter: gutter)
    let order = body.indices.sorted { a, b in
      body[a].box.y0 != body[b].box.y0
        ? body[a].box.y0 < body[b].box.y0 : body[a].box.x0 < body[b].box.x0
    }
    // Bands: runs of spanning / non-spanning pieces from top to bottom.
    var bands: [(span: Bool, pieces: [Piece])] = []
    for index in order {
      if let last = bands.last, last.span == spans[index] {
        bands[bands.count - 1].pieces.append(body[index])
      } else {
        bands.append((spans[index], [body[index]]))
      }
    }
    var flows: [Flow] = []
    var wide: [Piece] = []
    func closeWide() {
      guard !wide.isEmpty else { return }
      flows.append(Flow(kind: .wide, grid: false, lines: lines(of: wide)))
      wide = []
    }
    for band in bands {
      if band.span {
        wide.append(contentsOf: band.pieces)
        continue
      }
      for flow in columnFlows(band.pieces, gutter: gutter, edges: edges, em: em) {
        if flow.kind == .wide, !flow.grid {
          wide.append(contentsOf: flow.lines.flatMap(\.pieces))
        } else {
          closeWide()
          flows.append(flow)
        }
      }
    }
    closeWide()
    return flows
  }

  /// The outer edges of the two columns: where most left-column lines start and most
  /// right-column lines end.
  static func columnEdges(_ body: [Piece], spans: [Bool], gutter: Gutter) -> (
    left: Double, right: Double
  ) {
    var lefts: [Double] = []
    var rights: [Double] = []
    for (index, piece) in body.enumerated() where !spans[index] {
      if piece.box.midX < gutter.center {
        lefts.append(piece.box.x0)
      } else {
        rights.append(piece.box.x1)
      }
    }
    lefts.sort()
    rights.sort()
    let left = lefts.isEmpty ? gutter.left : lefts[lefts.count / 20]
    let right = rights.isEmpty ? gutter.right : rights[rights.count - 1 - rights.count / 20]
    return (left, right)
  }

  // MARK: - Gutter

  /// The gutter: the best-supported strip in the middle of the text that at most a few narrow
  /// pieces cross (a centred heading, an author line) and that lines on both sides touch.
  static func findGutter(_ body: [Piece], em: Double) -> Gutter? {
    guard body.count >= 6 else { return nil }
    let lefts = body.map(\.box.x0).sorted()
    let rights = body.map(\.box.x1).sorted()
    let bx0 = lefts[lefts.count / 20]
    let bx1 = rights[rights.count - 1 - rights.count / 20]
    let width = bx1 - bx0
    guard width > 12 * em else { return nil }
    let narrow = body.filter { $0.box.width < 0.6 * width }
    guard narrow.count >= 6 else { return nil }
    let lo = bx0 + 0.2 * width
    let hi = bx1 - 0.2 * width
    let binCount = Int(hi - lo) + 1
    guard binCount > 2 else { return nil }
    var diff = [Int](repeating: 0, count: binCount + 1)
    for piece in narrow {
      let a = Int((piece.box.x0 + 0.5 - lo).rounded(.up))
      let b = Int((piece.box.x1 - 0.5 - lo).rounded(.down))
      let lower = max(0, a)
      let upper = min(binCount - 1, b)
      if lower <= upper {
        diff[lower] += 1
        diff[upper + 1] -= 1
      }
    }
    var coverage = [Int](repeating: 0, count: binCount)
    var running = 0
    for bin in 0..<binCount {
      running += diff[bin]
      coverage[bin] = running
    }
    let minimumWidth = max(3, 0.4 * em)
    let maximumCrossing = narrow.count / 10
    for limit in 0...maximumCrossing {
      var best: (gutter: Gutter, score: Int)?
      var start: Int?
      for bin in 0...binCount {
        if bin < binCount, coverage[bin] <= limit {
          if start == nil { start = bin }
          continue
        }
        guard let first = start else { continue }
        start = nil
        let g0 = lo + Double(first)
        let g1 = lo + Double(bin - 1)
        guard g1 - g0 >= minimumWidth else { continue }
        var touchLeft = 0
        var touchRight = 0
        // Column lines: from the text's outer edge to the gutter.
        for piece in body {
          if piece.box.x1 <= g0 + 1.5, piece.box.x1 >= g0 - 1.5 * em,
            piece.box.x0 <= bx0 + 3 * em
          {
            touchLeft += 1
          }
          if piece.box.x0 >= g1 - 1.5, piece.box.x0 <= g1 + 2.5 * em,
            piece.box.x1 >= bx1 - 3 * em
          {
            touchRight += 1
          }
        }
        let score = min(touchLeft, touchRight)
        guard score >= max(3, 4 * limit) else { continue }
        if best == nil || score > best?.score ?? 0 {
          best = (Gutter(left: g0, right: g1), score)
        }
      }
      if let best { return best.gutter }
    }
    return nil
  }

  // MARK: - Bands between spanning pieces

  /// Reading order for a band no piece of which crosses the gutter: two columns, left then
  /// right; runs of table-like rows, and bands without column-wide lines, row by row (`.wide`).
  static func columnFlows(
    _ band: [Piece], gutter: Gutter, edges: (left: Double, right: Double), em: Double
  ) -> [Flow] {
    let rows = rowsOf(band)
    func columnar(_ piece: Piece) -> Bool {
      if piece.box.midX < gutter.center {
        return piece.box.x0 <= edges.left + 3 * em && piece.box.x1 >= gutter.left - 1.5 * em
      }
      return piece.box.x0 <= gutter.right + 3 * em && piece.box.x1 >= edges.right - 1.5 * em
    }
    // A piece most of a column wide is text, not a cell.
    let columnWidth = max(gutter.left - edges.left, edges.right - gutter.right)
    func textLike(_ piece: Piece) -> Bool {
      columnar(piece) || piece.box.width >= 0.6 * columnWidth
    }
    enum Mark { case grid, column, other }
    var marks: [Mark] = []
    for row in rows {
      if row.contains(where: textLike) {
        marks.append(.column)
        continue
      }
      var wideGaps = 0
      for (a, b) in zip(row, row.dropFirst())
      where b.box.x0 - a.box.x1 >= 0.8 * max(4, min(a.size, b.size)) {
        wideGaps += 1
      }
      marks.append(wideGaps >= 2 ? .grid : .other)
    }
    // Runs of rows without column-wide lines holding at least two table-like rows.
    var isGridRow = [Bool](repeating: false, count: rows.count)
    var index = 0
    while index < rows.count {
      guard marks[index] != .column else {
        index += 1
        continue
      }
      var end = index
      while end < rows.count, marks[end] != .column { end += 1 }
      let gridIndices = (index..<end).filter { marks[$0] == .grid }
      if gridIndices.count >= 2, let first = gridIndices.first, let last = gridIndices.last {
        var lower = first
        var upper = last
        let pitch = medianPitch(rows, first...last)
        while lower > index, rowGap(rows[lower - 1], rows[lower]) <= 1.6 * pitch { lower -= 1 }
        while upper + 1 < end, rowGap(rows[upper], rows[upper + 1]) <= 1.6 * pitch { upper += 1 }
        // A table inside one column stays in that column's flow.
        let pieces = rows[lower...upper].flatMap { $0 }
        let bothSides =
          pieces.contains { $0.box.midX < gutter.center }
          && pieces.contains { $0.box.midX >= gutter.center }
        if bothSides {
          for row in lower...upper { isGridRow[row] = true }
        }
      }
      index = end
    }
    var flows: [Flow] = []
    var pending: [[Piece]] = []
    func flushPending() {
      guard !pending.isEmpty else { return }
      let pieces = pending.flatMap { $0 }
      pending = []
      let left = pieces.filter { $0.box.midX < gutter.center }
      let right = pieces.filter { $0.box.midX >= gutter.center }
      let leftColumnar = left.filter(columnar).count
      let rightColumnar = right.filter(columnar).count
      let noColumnLines = leftColumnar + rightColumnar == 0
      let fewColumnLines =
        left.count >= 2 && right.count >= 2 && Double(leftColumnar) < 0.3 * Double(left.count)
        && Double(rightColumnar) < 0.3 * Double(right.count)
      if noColumnLines || fewColumnLines {
        flows.append(Flow(kind: .wide, grid: false, lines: lines(of: pieces)))
        return
      }
      if !left.isEmpty { flows.append(Flow(kind: .left, grid: false, lines: lines(of: left))) }
      if !right.isEmpty { flows.append(Flow(kind: .right, grid: false, lines: lines(of: right))) }
    }
    var row = 0
    while row < rows.count {
      if isGridRow[row] {
        flushPending()
        var end = row
        while end < rows.count, isGridRow[end] { end += 1 }
        let pieces = rows[row..<end].flatMap { $0 }
        flows.append(Flow(kind: .wide, grid: true, lines: lines(of: pieces)))
        row = end
      } else {
        pending.append(rows[row])
        row += 1
      }
    }
    flushPending()
    return flows
  }

  /// Groups pieces into rows of overlapping vertical extent, top to bottom; each row left to right.
  static func rowsOf(_ pieces: [Piece]) -> [[Piece]] {
    let sorted = pieces.sorted { $0.box.midY < $1.box.midY }
    var rows: [[Piece]] = []
    var rowBox: GlyphBox?
    for piece in sorted {
      if let box = rowBox {
        let overlap = min(box.y1, piece.box.y1) - max(box.y0, piece.box.y0)
        if overlap >= 0.3 * min(box.height, piece.box.height) {
          rows[rows.count - 1].append(piece)
          rowBox = box.union(piece.box)
          continue
        }
      }
      rows.append([piece])
      rowBox = piece.box
    }
    return rows.map { $0.sorted { $0.box.x0 < $1.box.x0 } }
  }

  private static func rowBox(_ row: [Piece]) -> GlyphBox {
    row.dropFirst().reduce(row[0].box) { $0.union($1.box) }
  }

  private static func rowGap(_ upper: [Piece], _ lower: [Piece]) -> Double {
    rowBox(lower).midY - rowBox(upper).midY
  }

  private static func medianPitch(_ rows: [[Piece]], _ range: ClosedRange<Int>) -> Double {
    var pitches: [Double] = []
    for index in range where index > range.lowerBound {
      pitches.append(rowGap(rows[index - 1], rows[index]))
    }
    guard !pitches.isEmpty else { return rowBox(rows[range.lowerBound]).height * 1.5 }
    pitches.sort()
    return pitches[pitches.count / 2]
  }

  // MARK: - Lines

  /// Groups the pieces of one flow into lines, top to bottom.
  static func lines(of pieces: [Piece]) -> [Line] {
    let sorted = pieces.sorted { $0.box.midY < $1.box.midY }
    var groups: [[Piece]] = []
    var core: GlyphBox?
    for piece in sorted {
      if let box = core {
        let overlap = min(box.y1, piece.box.y1) - max(box.y0, piece.box.y0)
        if overlap >= 0.4 * min(box.height, piece.box.height) {
          groups[groups.count - 1].append(piece)
          // The line's core is its tallest piece, so superscripts do not stretch it.
          if piece.box.height > box.height { core = piece.box }
          continue
        }
      }
      groups.append([piece])
      core = piece.box
    }
    return groups.map { Line(pieces: $0) }
  }
}
