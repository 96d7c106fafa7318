import GleanPDF

/// Cuts a page's text layer into ``Piece``s: poppler's lines, split further where glyphs jump
/// back, change row, or leave a gap wider than ``splitGap`` em (a column gutter or a table's
/// cell gap).
enum PieceBuilder {
  /// A horizontal gap wider than this many font sizes ends a piece.
  static let splitGap = 0.6

  /// The pieces of `page`, in content order.
  static func pieces(of page: PageText) -> [Piece] {
    let count = page.scalars.count
    guard count > 0 else { return [] }
    var sizes = [Double](repeating: 0, count: count)
    var fonts = [Int](repeating: -1, count: count)
    var fontNames: [String] = []
    var fontIndex: [String: Int] = [:]
    var lastRawName: String?
    var lastIndex = -1
    for run in page.fontRuns {
      let lower = max(0, run.start)
      let upper = min(count, run.end)
      guard lower < upper else { continue }
      let index: Int
      if run.fontName == lastRawName {
        // Runs come one per word; most follow a run in the same font.
        index = lastIndex
      } else {
        let name = FontStyle.baseName(run.fontName)
        if let known = fontIndex[name] {
          index = known
        } else {
          index = fontNames.count
          fontNames.append(name)
          fontIndex[name] = index
        }
        lastRawName = run.fontName
        lastIndex = index
      }
      for i in lower..<upper {
        sizes[i] = run.fontSize
        fonts[i] = index
      }
    }

    var result: [Piece] = []
    var current = Accumulator()
    var pendingSpace = false
    var previous = GlyphBox(x0: 0, y0: 0, x1: 0, y1: 0)
    var previousSize = 0.0

    func flush() {
      current.dropSpuriousSpaces()
      if let piece = current.piece(fontNames: fontNames) { result.append(piece) }
      current.reset()
      pendingSpace = false
    }

    for i in 0..<count {
      let scalar = page.scalars[i]
      if ScalarClass.isLineBreak(scalar) {
        flush()
        continue
      }
      if ScalarClass.isSpace(scalar) {
        if !current.isEmpty { pendingSpace = true }
        continue
      }
      let box = page.boxes[i]
      let size = sizes[i] > 0 ? sizes[i] : max(box.height, 1)
      if !current.isEmpty {
        let em = max(size, previousSize, 1)
        let overlap = min(previous.y1, box.y1) - max(previous.y0, box.y0)
        let smaller = min(previous.height, box.height)
        let sameRow =
          smaller <= 0.01
          ? abs(previous.midY - box.midY) < em * 0.5
          : overlap >= 0.3 * smaller
        let gap = box.x0 - previous.x1
        if current.vertical || (!sameRow && current.count == 1 && isStacked(box, previous, em)) {
          // Glyphs stacked one on another: rotated text in a margin.
          if isStacked(box, previous, em) {
            current.vertical = true
          } else {
            flush()
          }
        } else if !sameRow || gap > splitGap * em || gap < -0.5 * em {
          flush()
        }
      }
      if !current.isEmpty {
        let gap = box.x0 - previous.x1
        current.gaps.append(gap)
        if ScalarClass.isIdeograph(scalar), let last = current.lastGlyph,
          ScalarClass.isIdeograph(last)
        {
          current.ideographGaps.append(gap)
        }
        if pendingSpace {
          current.append(" ", box: nil, size: size, font: fonts[i])
          current.spaceGaps.append((current.count - 1, gap))
        }
      }
      pendingSpace = false
      if (0xFB00...0xFB06).contains(scalar.value), let expansion = Self.ligatures[scalar.value] {
        // Split a ligature glyph's box evenly over its letters.
        let step = box.width / Double(expansion.count)
        for (offset, letter) in expansion.enumerated() {
          let part = GlyphBox(
            x0: box.x0 + step * Double(offset), y0: box.y0, x1: box.x0 + step * Double(offset + 1),
            y1: box.y1)
          current.append(letter, box: part, size: size, font: fonts[i])
        }
      } else {
        current.append(scalar, box: box, size: size, font: fonts[i])
      }
      previous = box
      previousSize = size
    }
    flush()
    return result
  }

  /// Latin ligature glyphs and the letters they stand for.
  static let ligatures: [UInt32: [Unicode.Scalar]] = [
    0xFB00: ["f", "f"], 0xFB01: ["f", "i"], 0xFB02: ["f", "l"], 0xFB03: ["f", "f", "i"],
    0xFB04: ["f", "f", "l"], 0xFB05: ["s", "t"], 0xFB06: ["s", "t"],
  ]

  /// Whether `box` sits right under or right over `other` in the same narrow column (glyphs
  /// of rotated text).
  private static func isStacked(_ box: GlyphBox, _ other: GlyphBox, _ em: Double) -> Bool {
    guard abs(box.x0 - other.x0) < 0.3 * em, abs(box.x1 - other.x1) < 0.3 * em, box.height > 0,
      box.width < 1.6 * em, box.height < 1.6 * em
    else { return false }
    let below = box.y0 >= other.y1 - 0.3 * em && box.y0 <= other.y1 + 0.6 * em
    let above = box.y1 <= other.y0 + 0.3 * em && box.y1 >= other.y0 - 0.6 * em
    return below || above
  }

  /// Collects one piece's scalars.
  private struct Accumulator {
    var scalars: [Unicode.Scalar] = []
    var xs: [Float] = []
    var box: GlyphBox?
    /// Printed width per font size: the size most of the piece's width is set in wins, so
    /// superscript citations do not decide it.
    var sizeWeights = Tally<Double, Double>()
    var fontWeights = Tally<Int, Int>()
    var spanEnds: [(end: Int, font: Int, size: Double)] = []
    var vertical = false
    /// The last font size weighed and its rounded key, so a run of glyphs rounds once.
    var lastSize = Double.nan
    var lastSizeKey = 0.0
    /// Gaps between consecutive glyphs, spaces skipped.
    var gaps: [Double] = []
    /// Gaps between two ideographs: the spread of a justified CJK line.
    var ideographGaps: [Double] = []
    /// For each space scalar (by index), the gap between the glyphs around it.
    var spaceGaps: [(index: Int, gap: Double)] = []
    /// The last glyph (not space) appended.
    var lastGlyph: Unicode.Scalar? {
      scalars.last { !ScalarClass.isSpace($0) }
    }

    var isEmpty: Bool { scalars.isEmpty }

    /// Empties the accumulator for the next piece, keeping its buffers.
    mutating func reset() {
      scalars.removeAll(keepingCapacity: true)
      xs.removeAll(keepingCapacity: true)
      box = nil
      sizeWeights.removeAll()
      fontWeights.removeAll()
      spanEnds.removeAll(keepingCapacity: true)
      vertical = false
      gaps.removeAll(keepingCapacity: true)
      ideographGaps.removeAll(keepingCapacity: true)
      spaceGaps.removeAll(keepingCapacity: true)
    }
    var count: Int { scalars.count }

    mutating func append(_ scalar: Unicode.Scalar, box glyph: GlyphBox?, size: Double, font: Int) {
      if scalars.isEmpty {
        // Most pieces are a line or a column's line: grow once or not at all.
        scalars.reserveCapacity(64)
        xs.reserveCapacity(64)
        gaps.reserveCapacity(64)
      }
      scalars.append(scalar)
      xs.append(Float(glyph?.x0 ?? box?.x1 ?? 0))
      if let glyph {
        box = box.map { $0.union(glyph) } ?? glyph
        if size != lastSize {
          lastSize = size
          lastSizeKey = (size * 2).rounded() / 2
        }
        sizeWeights.add(lastSizeKey, max(glyph.width, 0.1) * size)
        fontWeights.add(font, 1)
      }
      if let last = spanEnds.last, last.font == font, abs(last.size - size) < 0.01 {
        spanEnds[spanEnds.count - 1].end = scalars.count
      } else if let last = spanEnds.last, glyph == nil {
        // A space takes the font of the text before it.
        spanEnds[spanEnds.count - 1].end = scalars.count
        _ = last
      } else {
        spanEnds.append((scalars.count, font, size))
      }
    }

    /// Drops spaces poppler put where the glyphs are no further apart than the line's own
    /// spacing allows: touching glyphs (after a superscript, around a symbol from another font),
    /// or a justified CJK line that spreads every glyph, Latin letters too (`m i R NA`). A word
    /// space is wider than the spread (the median gap between ideographs, or between all glyphs
    /// when there are few) by an eighth of an em.
    mutating func dropSpuriousSpaces() {
      guard !spaceGaps.isEmpty else { return }
      let sorted = (ideographGaps.count >= 3 ? ideographGaps : gaps).sorted()
      let spread = sorted.count >= 3 ? max(0, sorted[(sorted.count - 1) / 2]) : 0
      let size = sizeWeights.top ?? 10
      var drop = [Bool](repeating: false, count: scalars.count)
      var dropping = false
      for (index, gap) in spaceGaps where gap < spread + 0.12 * size {
        drop[index] = true
        dropping = true
      }
      guard dropping else { return }
      var keptScalars: [Unicode.Scalar] = []
      var keptXs: [Float] = []
      keptScalars.reserveCapacity(scalars.count)
      keptXs.reserveCapacity(scalars.count)
      var newIndex = [Int](repeating: 0, count: scalars.count + 1)
      for index in scalars.indices {
        newIndex[index] = keptScalars.count
        if drop[index] { continue }
        keptScalars.append(scalars[index])
        keptXs.append(xs[index])
      }
      newIndex[scalars.count] = keptScalars.count
      spanEnds = spanEnds.map {
        ($0.end <= scalars.count ? newIndex[$0.end] : keptScalars.count, $0.font, $0.size)
      }
      scalars = keptScalars
      xs = keptXs
    }

    func piece(fontNames: [String]) -> Piece? {
      guard let box, !scalars.isEmpty else { return nil }
      var trimmedCount = scalars.count
      while trimmedCount > 0, ScalarClass.isSpace(scalars[trimmedCount - 1]) { trimmedCount -= 1 }
      guard trimmedCount > 0 else { return nil }
      // An exact copy: the accumulator keeps its own buffer for the next piece.
      let trimmed = Array(scalars[0..<trimmedCount])
      let size = sizeWeights.top ?? box.height
      let fontID = fontWeights.top ?? -1
      func name(_ id: Int) -> String { id >= 0 && id < fontNames.count ? fontNames[id] : "" }
      let spans = spanEnds.map { span in
        Piece.FontSpan(end: min(span.end, trimmed.count), font: name(span.font), size: span.size)
      }.filter { $0.end > 0 }
      return Piece(
        scalars: trimmed, box: box, size: size, font: name(fontID), spans: spans,
        xs: Array(xs[0..<trimmed.count]), vertical: vertical)
    }
  }
}

/// Weights per key for the few keys a piece has (font sizes, fonts): a short array, no hashing.
struct Tally<Key: Equatable, Weight: Numeric & Comparable> {
  private var keys: [Key] = []
  private var weights: [Weight] = []

  /// Forgets every key, keeping the buffers.
  mutating func removeAll() {
    keys.removeAll(keepingCapacity: true)
    weights.removeAll(keepingCapacity: true)
  }

  @inline(__always)
  mutating func add(_ key: Key, _ weight: Weight) {
    if let last = keys.last, last == key {
      weights[weights.count - 1] += weight
    } else if let index = keys.firstIndex(of: key) {
      weights[index] += weight
    } else {
      keys.append(key)
      weights.append(weight)
    }
  }

  var isEmpty: Bool { keys.isEmpty }

  /// The key with the most weight (the first added on a tie).
  var top: Key? {
    var best: Int?
    for index in weights.indices where best.map({ weights[index] > weights[$0] }) ?? true {
      best = index
    }
    return best.map { keys[$0] }
  }
}

extension Tally where Key: Comparable {
  /// The key with the most weight, the greater key on a tie: the same key whatever order the
  /// keys were added in.
  var heaviest: Key? {
    var best: Int?
    for index in weights.indices {
      guard let current = best else {
        best = index
        continue
      }
      if weights[current] < weights[index]
        || (weights[current] == weights[index] && keys[current] < keys[index])
      {
        best = index
      }
    }
    return best.map { keys[$0] }
  }
}
