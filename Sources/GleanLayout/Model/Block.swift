import GleanPDF

/// One block of a page in reading order: a heading, a paragraph, a table, a reference list, or a
/// running header, footer or page number (kept in the JSON, left out of the plain text).
public struct Block: Sendable, Codable, Equatable {
  /// What the block is.
  public var kind: BlockKind
  /// A finer role (abstract, keywords, affiliation), when one was recognised.
  public var role: BlockRole?
  /// The box holding the block's lines on its page.
  public var box: GlyphBox
  /// The block's text as it appears in the plain output (for a table: caption, rows as
  /// TAB-separated cells, footnotes; one per line).
  public var text: String
  /// Unicode-scalar offsets of ``text`` inside ``TextDocument/text``; `nil` for blocks left out of
  /// the plain text. When a paragraph continues from an earlier page or column, the range covers
  /// this block's part only.
  public var textRange: Range<Int>?
  /// The heading level (1 for `2`, 2 for `2.1`, …; 1 for named headings such as 摘要 or References).
  public var level: Int?
  /// The table's rows and cells, for a table block.
  public var table: Table?
  /// The reference entries, for a references block.
  public var references: [ReferenceEntry]?
  /// Whether this block continues the previous block of the same kind across a column or page
  /// break (its text was joined to it in the plain output).
  public var continued: Bool?

  /// Creates a block.
  public init(
    kind: BlockKind, role: BlockRole? = nil, box: GlyphBox, text: String,
    textRange: Range<Int>? = nil, level: Int? = nil, table: Table? = nil,
    references: [ReferenceEntry]? = nil, continued: Bool? = nil
  ) {
    self.kind = kind
    self.role = role
    self.box = box
    self.text = text
    self.textRange = textRange
    self.level = level
    self.table = table
    self.references = references
    self.continued = continued
  }
}
