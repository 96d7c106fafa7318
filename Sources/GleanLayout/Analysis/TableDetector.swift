import Foundation
import GleanPDF

/// A table found on a page, before its text is assembled.
struct DraftTable: Sendable {
  /// The caption's lines (empty when the table has none).
  var caption: [Line]
  /// Rows × columns × the printed lines of each cell.
  var rows: [[[Line]]]
  /// Lines of notes under the table.
  var footnotes: [Line]
  /// Indices (in the page's line list) of every line the table took.
  var lineIndices: [Int]
  var box: GlyphBox
}

/// Finds tables: a caption (`表1`, `Table 2`) followed by lines of several cells, or a band of
/// table-like rows. Ruled lines are not in the text layer, so columns are the vertical strips
/// that (almost) no piece crosses, and rows start where a cell starts that does not continue a
/// wrapped cell of the line above.
enum TableDetector {
  static func detect(_ lines: [PageLine], em: Double) -> [DraftTable] {
    var tables: [DraftTable] = []
    var used = [Bool](repeating: false, count: lines.count)
    for index in lines.indices where !used[index] {
      guard HeadingRules.isTableCaption(lines[index].text) else { continue }
      if let table = tableAfterCaption(index, lines, used: used, em: em) {
        for taken in table.lineIndices { used[taken] = true }
        tables.append(table)
      }
    }
    // Bands of table-like rows without a caption above.
    var index = 0
    while index < lines.count {
      guard lines[index].grid, !used[index] else {
        index += 1
        continue
      }
      var end = index
      while end < lines.count, lines[end].grid, lines[end].flow == lines[index].flow, !used[end] {
        end += 1
      }
      let body = Array(index..<end)
      let multi = body.filter { lines[$0].line.pieces.count >= 3 }.count
      if multi >= 2, var table = build(caption: [], parts: [body], lines, em: em) {
        // A caption right below the table.
        if end < lines.count, !used[end], HeadingRules.isTableCaption(lines[end].text) {
          table.caption = [lines[end].line]
          table.lineIndices.append(end)
          table.box = table.box.union(lines[end].line.box)
          end += 1
        }
        for taken in table.lineIndices { used[taken] = true }
        tables.append(table)
      }
      index = max(end, index + 1)
    }
    return tables
  }

  private static func tableAfterCaption(
    _ captionIndex: Int, _ lines: [PageLine], used: [Bool], em: Double
  ) -> DraftTable? {
    let caption = lines[captionIndex]
    func allowed(_ candidate: PageLine) -> Bool {
      candidate.flow == caption.flow || (caption.flowKind == .wide && candidate.flowKind == .wide)
    }
    // A caption in two languages (表1 … / Table 1 …) is two caption lines.
    var captionIndices = [captionIndex]
    while let last = captionIndices.last, last + 1 < lines.count, !used[last + 1],
      allowed(lines[last + 1]), HeadingRules.isTableCaption(lines[last + 1].text),
      lines[last + 1].line.box.midY - lines[last].line.box.midY < 3 * em
    {
      captionIndices.append(last + 1)
    }
    let captionEnd = captionIndices[captionIndices.count - 1]
    var body = collectRows(
      from: captionEnd + 1, after: lines[captionEnd].line.box, lines, used: used, em: em,
      allowed: allowed)
    var parts = [body]
    // A table that runs on from the foot of one column to the head of the next.
    if let last = body.last, last + 1 < lines.count, !used[last + 1],
      lines[last + 1].flow != lines[last].flow, lines[last].flowKind == .left,
      lines[last + 1].flowKind == .right, lines[last + 1].line.pieces.count >= 2
    {
      let flow = lines[last + 1].flow
      let more = collectRows(
        from: last + 1, after: nil, lines, used: used, em: em, allowed: { $0.flow == flow })
      if more.filter({ lines[$0].line.pieces.count >= 2 }).count >= 1 {
        parts.append(more)
        body += more
      }
    }
    let multi = body.filter { lines[$0].line.pieces.count >= 2 }.count
    guard multi >= 2 else { return nil }
    // Drop trailing single-piece lines that stand apart from the table.
    guard
      var table = build(
        caption: captionIndices.map { lines[$0].line }, parts: parts, lines, em: em)
    else {
      return nil
    }
    table.lineIndices.append(contentsOf: captionIndices)
    // Notes under the table.
    var noteIndex = body[body.count - 1] + 1
    var notePrevious = lines[body[body.count - 1]].line.box
    var noteSize: Double?
    let lastFlow = lines[body[body.count - 1]].flow
    while noteIndex < lines.count, !used[noteIndex],
      lines[noteIndex].flow == lastFlow || allowed(lines[noteIndex])
    {
      let candidate = lines[noteIndex]
      let lead = candidate.line.box.midY - notePrevious.midY
      if lead > 3 * em { break }
      let text = candidate.text
      if HeadingRules.isTableCaption(text) || HeadingRules.isFigureCaption(text) { break }
      if let size = noteSize {
        if abs(candidate.line.size - size) > 0.3 { break }
      } else {
        guard isNote(text) else { break }
        noteSize = candidate.line.size
      }
      table.footnotes.append(candidate.line)
      table.lineIndices.append(noteIndex)
      table.box = table.box.union(candidate.line.box)
      notePrevious = candidate.line.box
      noteIndex += 1
    }
    return table
  }

  /// The lines of a table body from `start` on: until a caption, a jump in spacing or print
  /// size, or a lone line as wide as the table (text or a note).
  private static func collectRows(
    from start: Int, after above: GlyphBox?, _ lines: [PageLine], used: [Bool], em: Double,
    allowed: (PageLine) -> Bool
  ) -> [Int] {
    var body: [Int] = []
    var leads: [Double] = []
    var tableBox: GlyphBox?
    var previous = above
    var next = start
    while next < lines.count, !used[next], allowed(lines[next]) {
      let candidate = lines[next]
      let text = candidate.text
      if HeadingRules.isTableCaption(text) || HeadingRules.isFigureCaption(text) { break }
      let lead = previous.map { candidate.line.box.midY - $0.midY } ?? 0
      if body.isEmpty {
        if lead > 6 * em { break }
      } else {
        let typical = leads.isEmpty ? 1.5 * em : leads.sorted()[leads.count / 2]
        if lead > max(1.9 * typical, 2.2 * em) { break }
        // The table's print size changes: notes or text follow.
        let size = lines[body[body.count / 2]].line.size
        if abs(candidate.line.size - size) > 0.8 { break }
      }
      if let box = tableBox, candidate.line.pieces.count == 1,
        candidate.line.box.width >= 0.85 * box.width
      {
        break
      }
      if candidate.line.pieces.count >= 2 {
        tableBox = tableBox.map { $0.union(candidate.line.box) } ?? candidate.line.box
      }
      if !body.isEmpty { leads.append(lead) }
      body.append(next)
      previous = candidate.line.box
      next += 1
    }
    return body
  }

  private static let notePattern = try? NSRegularExpression(
    pattern:
      #"^\s*(?:注|Notes?\b|Abbreviations?\b|Source\b|来源[:：]|[*†‡§¶#]|[a-z]\s|[\p{L}\p{N}\-/αβγκ]{1,20}\s*[:：=]\s*\S|[\p{L}\p{N}\-/αβγκ]{1,12}\s*,\s*[\p{L}])"#
  )

  /// Whether a line reads like a note under a table (`注：…`, `Note: …`, `NCOR1：…`, `a …`).
  static func isNote(_ text: String) -> Bool {
    guard let pattern = notePattern else { return false }
    let range = NSRange(text.startIndex..., in: text)
    return pattern.firstMatch(in: text, range: range) != nil
  }

  // MARK: - Columns and rows

  /// Builds the table from its body lines, given in parts (one per page column it runs
  /// through); later parts take the first part's columns, moved along.
  static func build(caption: [Line], parts: [[Int]], _ lines: [PageLine], em: Double)
    -> DraftTable?
  {
    var rows: [[[Line]]] = []
    var first: (starts: [Double], left: Double)?
    var box: GlyphBox?
    for part in parts where !part.isEmpty {
      let bodyLines = part.map { lines[$0].line }
      let left = bodyLines.map(\.box.x0).min() ?? 0
      let starts: [Double]
      if let first {
        // The same columns, moved to the next column of the page.
        starts = first.starts.map { $0 - first.left + left }
      } else {
        guard let found = columnStarts(bodyLines, em: em), found.count >= 2 else { return nil }
        starts = found
        first = (found, left)
      }
      rows += assembleRows(bodyLines, starts: starts, em: em)
      for line in bodyLines { box = box.map { $0.union(line.box) } ?? line.box }
    }
    guard rows.count >= 2, var tableBox = box else { return nil }
    for line in caption { tableBox = tableBox.union(line.box) }
    return DraftTable(
      caption: caption, rows: rows, footnotes: [], lineIndices: parts.flatMap { $0 },
      box: tableBox)
  }

  /// Cuts printed lines into cells and groups them into rows: a line starts a new row unless
  /// every cell it has continues a cell of the line above that wrapped (its next word would not
  /// have fitted), at the spacing of wrapped lines.
  static func assembleRows(_ bodyLines: [Line], starts: [Double], em: Double) -> [[[Line]]] {
    var lineCells: [[Int: [Piece]]] = []
    for line in bodyLines {
      var cells: [Int: [Piece]] = [:]
      for piece in line.pieces {
        for part in cut(piece, at: starts) {
          let column = column(of: part, starts: starts)
          cells[column, default: []].append(part)
        }
      }
      lineCells.append(cells)
    }
    // A column's right edge: the second-widest line in it (the widest may be one long word
    // running over the edge).
    var rights = [[Double]](repeating: [], count: starts.count)
    for cells in lineCells {
      for (column, pieces) in cells {
        if let right = pieces.map(\.box.x1).max() { rights[column].append(right) }
      }
    }
    let columnRight = rights.map { values -> Double in
      let sorted = values.sorted(by: >)
      return sorted.isEmpty ? -Double.infinity : sorted[min(1, sorted.count - 1)]
    }
    var leads: [Double] = []
    for (a, b) in zip(bodyLines, bodyLines.dropFirst()) { leads.append(b.box.midY - a.box.midY) }
    let typicalLead = leads.isEmpty ? 1.2 * em : leads.sorted()[leads.count / 2]

    var rows: [[[Line]]] = []
    var previousCells: [Int: [Piece]]?
    var previousLine: Line?
    for (lineIndex, cells) in lineCells.enumerated() where !cells.isEmpty {
      let line = bodyLines[lineIndex]
      var continues = false
      // A wrapped cell's next line follows at the normal line spacing.
      if let before = previousCells, let above = previousLine,
        line.box.midY - above.box.midY <= min(1.35 * typicalLead, 1.8 * max(line.size, above.size))
      {
        continues = cells.allSatisfy { column, pieces in
          guard let upper = before[column] else { return false }
          return wraps(upper, into: pieces, columnRight: columnRight[column], em: em)
            || brokenWord(upper, columnLeft: starts[column], columnRight: columnRight[column])
        }
      }
      if continues, !rows.isEmpty {
        for (column, pieces) in cells {
          var next = Line(pieces: pieces)
          if let upper = previousCells?[column],
            brokenWord(upper, columnLeft: starts[column], columnRight: columnRight[column]),
            let first = next.text.first, ScalarClass.isLatinLetter(first)
          {
            next.joinsDirectly = true
          }
          rows[rows.count - 1][column].append(next)
        }
      } else {
        var row = [[Line]](repeating: [], count: starts.count)
        for (column, pieces) in cells { row[column].append(Line(pieces: pieces)) }
        rows.append(row)
      }
      previousCells = cells
      previousLine = line
    }
    return rows
  }

  /// Whether the text `upper` of a cell wrapped onto `lower` on the next printed line: the first
  /// word of `lower` would not have fitted after `upper` inside the column.
  static func wraps(_ upper: [Piece], into lower: [Piece], columnRight: Double, em: Double)
    -> Bool
  {
    guard let last = upper.max(by: { $0.box.x1 < $1.box.x1 }),
      let first = lower.min(by: { $0.box.x0 < $1.box.x0 })
    else { return false }
    var end = 0
    let scalars = first.scalars
    if let head = scalars.first, ScalarClass.isCJK(head) {
      // An ideograph and what cannot be parted from it (closing marks, a citation `等[27]`).
      end = 1
      while end < scalars.count, !ScalarClass.isSpace(scalars[end]),
        !ScalarClass.isIdeograph(scalars[end])
      {
        end += 1
      }
    } else {
      while end < scalars.count, !ScalarClass.isSpace(scalars[end]),
        !ScalarClass.isIdeograph(scalars[end])
      {
        end += 1
      }
    }
    let wordRight = end < first.xs.count ? Double(first.xs[end]) : first.box.x1
    let wordWidth = max(0, wordRight - first.box.x0)
    let space = ScalarClass.isCJK(scalars.first ?? " ") ? 0 : 0.25 * em
    return last.box.x1 + space + wordWidth > columnRight - 0.5
  }

  /// Whether a cell line is one word filling its column: a word too long for a narrow column,
  /// broken without a hyphen (`FIGUER⏎OA`).
  static func brokenWord(_ upper: [Piece], columnLeft: Double, columnRight: Double) -> Bool {
    guard upper.count == 1, let piece = upper.first, let last = piece.scalars.last,
      ScalarClass.isLatinLetter(last), !piece.scalars.contains(where: ScalarClass.isSpace)
    else { return false }
    let width = columnRight - columnLeft
    return width > 0 && piece.box.width >= 0.8 * width
  }

  /// Left edges of the columns: the strips between the gaps no piece crosses. A strip at least
  /// an em wide that one piece alone crosses is a gap too (two cells printed as one piece), unless
  /// it holds a strip no piece crosses.
  static func columnStarts(_ lines: [Line], em: Double) -> [Double]? {
    let pieces = lines.flatMap(\.pieces)
    guard let minX = pieces.map(\.box.x0).min(), let maxX = pieces.map(\.box.x1).max(),
      maxX - minX > 2 * em
    else { return nil }
    let binCount = Int(maxX - minX) + 2
    var diff = [Int](repeating: 0, count: binCount + 1)
    for piece in pieces {
      let lower = max(0, Int((piece.box.x0 - minX).rounded(.down)))
      let upper = min(binCount - 1, Int((piece.box.x1 - minX).rounded(.up)) - 1)
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
    /// Runs of bins with coverage at most `limit`, not touching the table's left edge.
    func runs(_ limit: Int) -> [Range<Int>] {
      var result: [Range<Int>] = []
      var start: Int?
      for bin in 0...binCount {
        if bin < binCount, coverage[bin] <= limit {
          if start == nil { start = bin }
        } else if let first = start {
          start = nil
          if first > 0, bin < binCount { result.append(first..<bin) }
        }
      }
      return result
    }
    let minimumGap = max(3, Int((0.5 * em).rounded()))
    let clear = runs(0)
    var gaps = clear.filter { $0.count >= minimumGap }
    for bridged in runs(1) where bridged.count >= Int(em.rounded()) {
      if !clear.contains(where: { $0.overlaps(bridged) }) { gaps.append(bridged) }
    }
    gaps.sort { $0.lowerBound < $1.lowerBound }
    var starts = [minX] + gaps.map { minX + Double($0.upperBound) }
    // Left edges many cells share are column starts too, even where cells printed as one piece
    // bridge the gap before them.
    let multi = lines.filter { $0.pieces.count >= 2 }.count
    let needed = max(2, Int((0.15 * Double(multi)).rounded(.up)))
    var edgeCounts: [Int: Int] = [:]
    for piece in pieces { edgeCounts[Int(piece.box.x0.rounded()), default: 0] += 1 }
    for edge in edgeCounts.keys.sorted() {
      let count = (edge - 1...edge + 1).reduce(0) { $0 + (edgeCounts[$1] ?? 0) }
      let x = Double(edge)
      guard count >= needed, !starts.contains(where: { abs($0 - x) < 2 * em }) else { continue }
      starts.append(x)
    }
    return starts.sorted()
  }

  /// The column a piece belongs to: the last column starting at or left of it.
  static func column(of piece: Piece, starts: [Double]) -> Int {
    var column = 0
    for (index, start) in starts.enumerated() where piece.box.x0 >= start - 1.0 {
      column = index
    }
    return column
  }

  /// Splits a piece that runs over the start of a later column.
  static func cut(_ piece: Piece, at starts: [Double]) -> [Piece] {
    var parts: [Piece] = []
    var rest = piece
    for start in starts where start > rest.box.x0 + 1.0 && start < rest.box.x1 - 1.0 {
      guard let index = rest.splitIndex(atX: start - 0.5), let (left, right) = rest.split(at: index)
      else { continue }
      parts.append(left)
      rest = right
    }
    parts.append(rest)
    return parts
  }
}
