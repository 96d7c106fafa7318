import GleanPDF

/// A block of a page before the document's text is assembled.
struct DraftBlock: Sendable {
  var kind: BlockKind
  var role: BlockRole?
  var level: Int?
  /// The block's printed lines (for a table: none; see ``table``).
  var lines: [Line]
  var table: DraftTable?
  var box: GlyphBox
  var page: Int
  /// Index of the flow on its page (-1 for running matter and moved footnotes).
  var flow: Int
  var flowKind: Flow.Kind
  /// The block opens / closes its flow (column or band).
  var firstInFlow = false
  var lastInFlow = false
  /// The first line is indented from the flow's left edge.
  var startsIndented = false
  /// The last line reaches the flow's right edge.
  var endsFull = false
  /// The flow marks paragraphs by indenting their first line.
  var flowUsesIndent = false
  /// Dominant font size.
  var size: Double

  init(
    kind: BlockKind, lines: [Line], page: Int, flow: Int, flowKind: Flow.Kind,
    table: DraftTable? = nil
  ) {
    self.kind = kind
    self.lines = lines
    self.table = table
    self.page = page
    self.flow = flow
    self.flowKind = flowKind
    var box = table?.box ?? lines.first?.box ?? GlyphBox(x0: 0, y0: 0, x1: 0, y1: 0)
    // A block has few sizes: a short tally, no hashing.
    var weights = Tally<Double, Int>()
    for line in lines {
      box = box.union(line.box)
      weights.add(line.size, line.text.count)
    }
    self.box = box
    size = weights.heaviest ?? 0
  }

  /// The lines' text joined by the paragraph rules.
  var joinedText: [Unicode.Scalar] {
    var text: [Unicode.Scalar] = []
    for line in lines { TextRules.append(line.text, to: &text) }
    return text
  }
}

/// Facts about the whole document the page rules need.
struct DocumentStats: Sendable {
  /// The font size most characters are set in.
  var bodySize: Double
  /// The font most body-size characters are set in.
  var bodyFont: String

  init(_ pages: [PagePieces]) {
    var sizes = Tally<Double, Int>()
    var fonts: [String: Int] = [:]
    // The reference list, often long and in small print, does not set the body size.
    counting: for page in pages where page.quality.status == .ok {
      for piece in page.pieces {
        if piece.scalars.count <= 24, HeadingRules.isReferenceHeading(piece.text), !sizes.isEmpty {
          break counting
        }
        sizes.add((piece.size * 2).rounded() / 2, piece.scalars.count)
      }
    }
    let size = sizes.heaviest ?? 10
    for page in pages where page.quality.status == .ok {
      for piece in page.pieces where abs(piece.size - size) < 0.3 {
        fonts[piece.font, default: 0] += piece.scalars.count
      }
    }
    bodySize = size
    bodyFont =
      fonts.max { a, b in a.value < b.value || (a.value == b.value && a.key < b.key) }?
      .key ?? ""
  }
}
