import GleanPDF

/// Builds the plain text as an array of scalars, with the character map and each page's first
/// offset.
struct TextWriter {
  private(set) var scalars: [Unicode.Scalar] = []
  private(set) var runs: [CharacterRun] = []
  private(set) var pageFirst: [Int: Int] = [:]
  /// Where the current output line starts.
  private var lineStart = 0
  /// The document's words, to settle line-end hyphens.
  var vocabulary: Vocabulary?

  init(vocabulary: Vocabulary? = nil) {
    self.vocabulary = vocabulary
  }

  var count: Int { scalars.count }

  /// Starts a new block: one blank line after the text so far.
  mutating func beginBlock() {
    guard !scalars.isEmpty else { return }
    scalars.append("\n")
    scalars.append("\n")
    lineStart = scalars.count
  }

  /// Starts a new line inside a block.
  mutating func newLine() {
    guard !scalars.isEmpty else { return }
    scalars.append("\n")
    lineStart = scalars.count
  }

  /// Appends a separator that was not printed (a TAB between cells).
  mutating func appendSeparator(_ scalar: Unicode.Scalar) {
    scalars.append(scalar)
  }

  /// Marks the start of a new cell on the current line, so that joins do not reach into the
  /// cell before.
  mutating func beginCell() {
    lineStart = scalars.count
  }

  /// Appends a printed line to the current output line, joined by the paragraph rules; returns
  /// the range its text occupies.
  @discardableResult
  mutating func append(_ line: Line, page: Int) -> Range<Int> {
    guard !line.text.isEmpty else { return scalars.count..<scalars.count }
    if scalars.count > lineStart, !line.joinsDirectly {
      let tail = Array(scalars[max(lineStart, scalars.count - 64)...])
      switch TextRules.join(tail, line.text, vocabulary: vocabulary) {
      case .direct: break
      case .space: scalars.append(" ")
      case .dropHyphen:
        scalars.removeLast()
        if let last = runs.last, last.end > scalars.count {
          if last.end - 1 <= last.start {
            runs.removeLast()
          } else {
            runs[runs.count - 1].end -= 1
          }
        }
      }
    }
    let base = scalars.count
    scalars.append(contentsOf: line.text)
    for (piece, range) in zip(line.pieces, line.pieceRanges) where !range.isEmpty {
      runs.append(
        CharacterRun(
          start: base + range.lowerBound, end: base + range.upperBound, page: page, box: piece.box)
      )
    }
    if pageFirst[page] == nil { pageFirst[page] = base }
    return base..<scalars.count
  }

  /// The text of `range` as a string.
  func string(_ range: Range<Int>) -> String {
    Array(scalars[range]).string
  }

  /// Page starts for pages `1...pageCount`, non-decreasing; a page without text starts where the
  /// next page's text starts.
  func pageStarts(pageCount: Int) -> [Int] {
    var starts = [Int](repeating: scalars.count, count: pageCount)
    var next = scalars.count
    for index in stride(from: pageCount - 1, through: 0, by: -1) {
      let start = min(pageFirst[index + 1] ?? next, next)
      starts[index] = start
      next = start
    }
    return starts
  }
}
