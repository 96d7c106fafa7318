/// What a block of a laid-out page is. The raw values are the JSON spelling.
public enum BlockKind: String, Sendable, Codable, Equatable, CaseIterable {
  case title
  case author
  case heading
  case paragraph
  case table
  case caption
  case footnote
  case references
  case header
  case footer
  case pageNumber = "page-number"

  /// Whether blocks of this kind are left out of the plain text (running headers, footers and
  /// page numbers).
  public var isRunningMatter: Bool {
    self == .header || self == .footer || self == .pageNumber
  }
}

/// A finer role some blocks play in a paper; JSON spelling is the raw value.
public enum BlockRole: String, Sendable, Codable, Equatable, CaseIterable {
  /// The abstract's label (a heading) or its text (a paragraph).
  case abstract
  /// The keywords' label (a heading) or the keyword list (a paragraph).
  case keywords
  /// An affiliation line under the authors.
  case affiliation
}
