import GleanLayout

extension PaperText {
  /// The paper text of a laid-out PDF: prose from paragraph and title blocks (keywords and
  /// affiliations left out), tables with their cells, the reference list.
  init(document: TextDocument) {
    let scalars = Array(document.text.unicodeScalars)
    let lines = Self.lineRanges(scalars)
    var proseLines = Set<Int>()
    var tables: [TableSpan] = []
    var references: [CitedReference] = []
    var referenceRanges: [Range<Int>] = []
    var title: String?

    func markLines(_ range: Range<Int>) {
      var low = 0
      var high = lines.count
      while low < high {
        let mid = (low + high) / 2
        if lines[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
      }
      var index = low
      while index < lines.count,
        lines[index].lowerBound < max(range.upperBound, range.lowerBound + 1)
      {
        proseLines.insert(index)
        index += 1
      }
    }

    for page in document.pages {
      for block in page.blocks {
        switch block.kind {
        case .paragraph:
          guard block.role != .keywords, block.role != .affiliation, let range = block.textRange
          else { continue }
          markLines(range)
        case .title:
          if title == nil {
            let text = block.text.trimmingWhitespace()
            if !text.isEmpty { title = text }
          }
          if let range = block.textRange { markLines(range) }
        case .table:
          guard let table = block.table else { continue }
          func cells(_ row: [TableCell]) -> [TableSpan.Cell] {
            row.map {
              TableSpan.Cell(
                text: $0.text, range: $0.textRange, box: $0.box.rounded.array, page: page.number)
            }
          }
          let header = min(max(table.headerRows, 0), table.rows.count)
          tables.append(
            TableSpan(
              caption: table.caption, headerRows: table.rows[..<header].map(cells),
              bodyRows: table.rows[header...].map(cells),
              offset: block.textRange?.lowerBound ?? (tables.last?.offset ?? 0)))
        case .references:
          if let range = block.textRange { referenceRanges.append(range) }
          for entry in block.references ?? [] {
            references.append(ReferenceParser.parse(number: entry.number, text: entry.text))
          }
        default:
          continue
        }
      }
    }
    self.init(
      text: document.text, scalars: scalars, proseLines: proseLines.sorted().map { lines[$0] },
      tables: tables, references: Self.numbered(references), referenceRanges: referenceRanges,
      title: title, pageCount: document.pages.count, document: document)
  }

  /// Entries of an unnumbered list get their position (1-based) as number.
  static func numbered(_ references: [CitedReference]) -> [CitedReference] {
    guard references.allSatisfy({ $0.number == nil }) else { return references }
    return references.enumerated().map { index, entry in
      var copy = entry
      copy.number = index + 1
      return copy
    }
  }
}
