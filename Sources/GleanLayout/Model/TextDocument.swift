import GleanPDF

/// A paper's text in reading order, with its pages, blocks, tables and a character map back to
/// the printed page. This is what `glean text` prints (``text``) and `glean text --json` encodes.
public struct TextDocument: Sendable, Codable, Equatable {
  /// The PDF's path as the user gave it.
  public var file: String
  /// SHA-256 of the PDF's bytes, lower-case hex.
  public var sha256: String
  /// The PDF's information dictionary.
  public var metadata: PDFMetadata
  /// The pages, in order.
  public var pages: [LaidOutPage]
  /// The verdict on the whole text layer.
  public var quality: DocumentQuality
  /// The plain text: blocks in reading order separated by one blank line. A heading, paragraph,
  /// caption or footnote is one line; a table is its caption line, one line per row with the
  /// cells separated by TAB, then its footnotes; a reference list is one line per entry.
  /// Running headers, footers and page numbers are left out. A paragraph broken by a column or
  /// page break is one line.
  public var text: String
  /// For each page (index `number - 1`), the Unicode-scalar offset in ``text`` where the page's
  /// text begins; a page's text runs to the next page's start, so it is one contiguous slice.
  public var pageStarts: [Int]
  /// Runs of ``text`` with the page and box they were printed in (see ``CharacterRun``).
  public var characterMap: [CharacterRun]

  /// Creates a document.
  public init(
    file: String, sha256: String, metadata: PDFMetadata, pages: [LaidOutPage],
    quality: DocumentQuality, text: String, pageStarts: [Int], characterMap: [CharacterRun]
  ) {
    self.file = file
    self.sha256 = sha256
    self.metadata = metadata
    self.pages = pages
    self.quality = quality
    self.text = text
    self.pageStarts = pageStarts
    self.characterMap = characterMap
  }

  /// The length of ``text`` in Unicode scalars.
  public var scalarCount: Int { text.unicodeScalars.count }

  /// The plain text of page `page` (1-based); empty for a page out of range.
  public func pageText(_ page: Int) -> String {
    guard page >= 1, page <= pageStarts.count else { return "" }
    let scalars = text.unicodeScalars
    let total = scalars.count
    let lower = min(pageStarts[page - 1], total)
    let upper = page < pageStarts.count ? min(max(pageStarts[page], lower), total) : total
    let from = scalars.index(scalars.startIndex, offsetBy: lower)
    let to = scalars.index(from, offsetBy: upper - lower)
    return String(scalars[from..<to])
  }

  /// The 1-based page the scalar at `offset` of ``text`` belongs to: the page whose slice
  /// (``pageStarts``) holds it; the last page for an offset at or past the end.
  public func page(atScalarOffset offset: Int) -> Int {
    var low = 0
    var high = pageStarts.count
    // The last page whose start is <= offset: pages without text share the next page's start.
    while low < high {
      let mid = (low + high) / 2
      if pageStarts[mid] <= offset { low = mid + 1 } else { high = mid }
    }
    return max(1, low)
  }

  /// Where the scalars `scalarRange` of ``text`` were printed: one box per printed line they
  /// cross, in text order. Scalars that were not printed (separators) add no box.
  public func boxes(scalarRange: Range<Int>) -> [EvidenceBox] {
    guard !scalarRange.isEmpty, !characterMap.isEmpty else { return [] }
    var index = firstRunIndex(endingAfter: scalarRange.lowerBound)
    var result: [EvidenceBox] = []
    while index < characterMap.count, characterMap[index].start < scalarRange.upperBound {
      let run = characterMap[index]
      index += 1
      let lower = max(run.start, scalarRange.lowerBound)
      let upper = min(run.end, scalarRange.upperBound)
      guard lower < upper else { continue }
      let box = run.box(of: lower..<upper)
      if let last = result.last, last.page == run.page, Self.sameLine(last.box, box) {
        result[result.count - 1].box = last.box.union(box)
      } else {
        result.append(EvidenceBox(page: run.page, box: box))
      }
    }
    return result
  }

  /// Index of the first run whose end is past `offset` (runs are ascending and disjoint).
  private func firstRunIndex(endingAfter offset: Int) -> Int {
    var low = 0
    var high = characterMap.count
    while low < high {
      let mid = (low + high) / 2
      if characterMap[mid].end <= offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Two boxes on one printed line: their vertical extents overlap by half the smaller height.
  static func sameLine(_ a: GlyphBox, _ b: GlyphBox) -> Bool {
    let overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap >= 0.5 * min(a.height, b.height)
  }
}
