import GleanPDF

/// A table found on a page: its caption, rows of cells (the header row first) and footnotes.
public struct Table: Sendable, Codable, Equatable {
  /// The caption line (`表1 …`, `Table 2. …`), when there is one.
  public var caption: String?
  /// The rows, top to bottom; every row has the same number of cells. A cell whose text wraps
  /// over several lines is one cell.
  public var rows: [[TableCell]]
  /// How many leading rows are header rows.
  public var headerRows: Int
  /// Notes printed under the table (abbreviations, `注：…`), one per line.
  public var footnotes: [String]

  /// Creates a table.
  public init(caption: String?, rows: [[TableCell]], headerRows: Int, footnotes: [String]) {
    self.caption = caption
    self.rows = rows
    self.headerRows = headerRows
    self.footnotes = footnotes
  }

  /// The number of columns.
  public var columnCount: Int { rows.first?.count ?? 0 }
}

/// One cell of a table.
public struct TableCell: Sendable, Codable, Equatable {
  /// The cell's text, its lines joined.
  public var text: String
  /// The box of the cell's text (zero-sized at the column's left edge when the cell is empty).
  public var box: GlyphBox
  /// Unicode-scalar offsets of the cell's text in ``TextDocument/text``.
  public var textRange: Range<Int>?

  /// Creates a cell.
  public init(text: String, box: GlyphBox, textRange: Range<Int>? = nil) {
    self.text = text
    self.box = box
    self.textRange = textRange
  }
}

/// One entry of a reference list.
public struct ReferenceEntry: Sendable, Codable, Equatable {
  /// The entry's number (`[12]`, `12.`), when the list is numbered.
  public var number: Int?
  /// The entry's text, its lines joined, marker included.
  public var text: String
  /// Unicode-scalar offsets of the entry in ``TextDocument/text``.
  public var textRange: Range<Int>?

  /// Creates an entry.
  public init(number: Int?, text: String, textRange: Range<Int>? = nil) {
    self.number = number
    self.text = text
    self.textRange = textRange
  }
}
