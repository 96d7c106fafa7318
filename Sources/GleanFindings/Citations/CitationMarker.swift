/// A citation marker in a sentence or table cell: `[27]`, `[29-30]`, `¹²`, `LIANG等[27]`,
/// `(Smith et al., 2019)`.
struct CitationMarker: Sendable, Equatable {
  /// Where the marker (with its author, if any) stands, in scalar offsets.
  var range: Range<Int>
  /// Cited reference numbers, ascending; empty for an author-year citation.
  var numbers: [Int]
  /// The first author as written before the marker (`LIANG`, `Smith`), if any.
  var author: String?
  /// The year of an author-year citation.
  var year: Int?
}
