import GleanLayout

/// A paper's text as the finding reader needs it, whether it came from a laid-out PDF or from
/// plain text: the lines to read sentences from, the tables, the reference list and the title,
/// all in scalar offsets of ``text``.
struct PaperText: Sendable {
  /// A table with its cells' places.
  struct TableSpan: Sendable {
    struct Cell: Sendable {
      var text: String
      /// Scalar offsets in ``PaperText/text``, when known.
      var range: Range<Int>?
      /// Where the cell was printed (PDF input).
      var box: [Double]?
      /// The 1-based page (PDF input).
      var page: Int?
    }

    var caption: String?
    var headerRows: [[Cell]]
    var bodyRows: [[Cell]]
    /// The table's start, for ordering.
    var offset: Int
  }

  var text: String
  var scalars: [Unicode.Scalar]
  /// Lines (scalar ranges) holding prose: paragraphs, abstract, title.
  var proseLines: [Range<Int>]
  var tables: [TableSpan]
  var references: [CitedReference]
  /// Ranges of the reference list, left out of language and DOI detection.
  var referenceRanges: [Range<Int>]
  var title: String?
  var pageCount: Int
  /// The laid-out document, for pages and boxes; `nil` for plain text.
  var document: TextDocument?

  /// The text of `range`.
  func string(_ range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, scalars.count))
    let upper = max(lower, min(range.upperBound, scalars.count))
    return String(scalars: scalars[lower..<upper])
  }

  /// The line ranges of ``text`` (between line breaks), empty lines left out.
  static func lineRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (index, scalar) in scalars.enumerated() where scalar == "\n" {
      if index > start { ranges.append(start..<index) }
      start = index + 1
    }
    if start < scalars.count { ranges.append(start..<scalars.count) }
    return ranges
  }

  /// The evidence anchor of `range`: page, page-relative offsets and the box on that page.
  func evidence(_ range: Range<Int>, text shown: String, boxes: [[Double]]? = nil) -> Evidence {
    guard let document, !document.pageStarts.isEmpty else {
      return Evidence(
        page: 0, text: shown, start: range.lowerBound, end: range.upperBound, box: nil)
    }
    let page = document.page(atScalarOffset: range.lowerBound)
    let pageStart =
      page >= 1 && page <= document.pageStarts.count ? document.pageStarts[page - 1] : 0
    var box: [Double]?
    if let boxes, let first = boxes.first {
      box = boxes.dropFirst().reduce(first) { union($0, $1) }
    } else {
      let onPage = document.boxes(scalarRange: range).filter { $0.page == page }.map(\.box)
      if let first = onPage.first {
        box = onPage.dropFirst().reduce(first) { $0.union($1) }.rounded.array
      }
    }
    return Evidence(
      page: page, text: shown, start: range.lowerBound - pageStart,
      end: range.upperBound - pageStart, box: box)
  }

  private func union(_ a: [Double], _ b: [Double]) -> [Double] {
    guard a.count == 4, b.count == 4 else { return a }
    return [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
  }
}
