import GleanPDF

/// One printed line inside one column: its pieces left to right and their joined text.
struct Line: Sendable {
  /// The pieces, left to right.
  var pieces: [Piece]
  /// The union of the pieces' boxes.
  var box: GlyphBox
  /// The dominant font size.
  var size: Double
  /// The text: pieces joined (a space where they stand apart, none next to CJK), spurious spaces
  /// between CJK characters removed.
  var text: [Unicode.Scalar]
  /// Where each piece's text sits in ``text``.
  var pieceRanges: [Range<Int>]
  /// Set on the second part of a word broken over two lines without a hyphen (narrow table
  /// cells): joined to the line above with no space.
  var joinsDirectly = false

  init(pieces unsorted: [Piece]) {
    let sorted = Self.mergeOverlapping(
      unsorted.sorted { a, b in
        abs(a.box.x0 - b.box.x0) > 0.5 ? a.box.x0 < b.box.x0 : a.box.y0 < b.box.y0
      })
    pieces = sorted
    var box = sorted[0].box
    var weights = Tally<Double, Double>()
    for piece in sorted {
      box = box.union(piece.box)
      // Weighted by printed width, so superscripts do not decide a line's size.
      weights.add(piece.size, max(piece.box.width, 0.1) * piece.size)
    }
    self.box = box
    size = weights.heaviest ?? box.height
    var text: [Unicode.Scalar] = []
    var ranges: [Range<Int>] = []
    var previous: Piece?
    for piece in sorted {
      let own = TextRules.normalizeSpaces(piece.scalars)
      if let previous, let last = text.last, let first = own.first {
        let gap = piece.box.x0 - previous.box.x1
        let em = max(1, min(previous.size, piece.size))
        if gap >= 0.15 * em, !TextRules.gluesWithoutSpace(last, first),
          !TextRules.closesWithoutSpace(first), !TextRules.opensWithoutSpace(last)
        {
          text.append(" ")
        }
      }
      let start = text.count
      text.append(contentsOf: own)
      ranges.append(start..<text.count)
      previous = piece
    }
    self.text = text
    pieceRanges = ranges
    string = text.string
  }

  /// The line's text as a string (kept: the rules read it often).
  private(set) var string: String

  /// Whether the smaller pieces of a group sit in the gaps of the largest: where it prints
  /// only spaces, or beyond its ends.
  static func fitsInGaps(_ group: [Piece]) -> Bool {
    guard let main = group.max(by: { $0.box.width < $1.box.width }) else { return false }
    for piece in group where piece != main {
      let lower = Float(piece.box.x0) + 0.5
      let upper = Float(piece.box.x1) - 0.5
      for (index, x) in main.xs.enumerated() where x > lower && x < upper {
        if !ScalarClass.isSpace(main.scalars[index]) { return false }
      }
      // A glyph of the main piece starting left of the piece but running into it.
      if let index = main.xs.lastIndex(where: { $0 <= lower }),
        !ScalarClass.isSpace(main.scalars[index])
      {
        let next = index + 1 < main.xs.count ? main.xs[index + 1] : Float(main.box.x1)
        if next > lower + 1 { return false }
      }
    }
    return true
  }

  /// Merges pieces that overlap along the line (superscripts poppler printed after the line,
  /// leaving gaps in it) into one piece, glyphs in x order; a space that only stood for the gap
  /// another piece's glyph fills is dropped.
  static func mergeOverlapping(_ pieces: [Piece]) -> [Piece] {
    guard pieces.count > 1 else { return pieces }
    var result: [Piece] = []
    var group: [Piece] = []
    var right = -Double.infinity
    func close() {
      defer { group = [] }
      guard group.count > 1, fitsInGaps(group) else {
        result.append(contentsOf: group)
        return
      }
      var glyphs: [(x: Float, scalar: Unicode.Scalar, owner: Int)] = []
      for (owner, piece) in group.enumerated() {
        for (scalar, x) in zip(piece.scalars, piece.xs) { glyphs.append((x, scalar, owner)) }
      }
      glyphs.sort { $0.x < $1.x || ($0.x == $1.x && $0.owner < $1.owner) }
      var kept: [(x: Float, scalar: Unicode.Scalar, owner: Int)] = []
      for (index, glyph) in glyphs.enumerated() {
        if ScalarClass.isSpace(glyph.scalar) {
          let before = kept.last
          let after = index + 1 < glyphs.count ? glyphs[index + 1] : nil
          if before == nil || after == nil || before?.owner != glyph.owner
            || after?.owner != glyph.owner
          {
            continue
          }
        }
        kept.append(glyph)
      }
      let main = group.max { $0.box.width * $0.size < $1.box.width * $1.size } ?? group[0]
      var merged = main
      merged.scalars = kept.map(\.scalar)
      merged.xs = kept.map(\.x)
      merged.box = group.dropFirst().reduce(group[0].box) { $0.union($1.box) }
      merged.spans = [Piece.FontSpan(end: kept.count, font: main.font, size: main.size)]
      result.append(merged)
    }
    for piece in pieces {
      if !group.isEmpty, piece.box.x0 >= right - 0.5 {
        close()
      }
      group.append(piece)
      right = max(right, piece.box.x1)
    }
    close()
    return result
  }

  /// The font most of the line's scalars are set in.
  var font: String {
    var weights: [String: Int] = [:]
    for piece in pieces { weights[piece.font, default: 0] += piece.scalars.count }
    return weights.max { a, b in a.value < b.value || (a.value == b.value && a.key < b.key) }?.key
      ?? ""
  }

  /// Whether most of the line is set in a bold face.
  var bold: Bool {
    var boldCount = 0
    var total = 0
    for piece in pieces {
      total += piece.scalars.count
      if piece.bold { boldCount += piece.scalars.count }
    }
    return total > 0 && boldCount * 2 > total
  }
}
