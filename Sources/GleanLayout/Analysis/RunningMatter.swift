import Foundation
import GleanPDF

/// Finds running headers, footers and page numbers: pieces in the top or bottom margin whose text
/// (digits folded, spaces dropped) recurs on other pages, and lone page numbers there.
///
/// Only the one or two outermost rows at each end of a page, inside the outer 11% of its height
/// and set off from the text by a gap wider than line spacing, are candidates, so the work is
/// linear in the number of pages.
enum RunningMatter {
  /// The page's margin pieces: which pieces (by index) are running matter, and of which kind.
  struct Marks {
    var kinds: [Int: BlockKind] = [:]
  }

  /// A margin piece seen on some page.
  private struct Candidate {
    var piece: Int
    var key: String
    var top: Bool
    var pageNumberLike: Bool
    /// The row stands apart from the text by more than two of its own heights.
    var farApart = false
    /// The row the piece is in (pieces of one row share it).
    var row = 0
  }

  static func detect(_ pages: [PagePieces], bodySize: Double) -> [Marks] {
    var candidates: [[Candidate]] = []
    var pagesPerKey: [String: Set<Int>] = [:]
    for (pageIndex, page) in pages.enumerated() {
      let found = marginCandidates(page)
      candidates.append(found)
      for candidate in found {
        pagesPerKey[(candidate.top ? "T|" : "B|") + candidate.key, default: []].insert(pageIndex)
      }
    }
    let pageCount = pages.count
    let needed = max(2, Int((Double(pageCount) * 0.25).rounded(.up)))
    var result: [Marks] = []
    for (pageIndex, found) in candidates.enumerated() {
      var marks = Marks()
      for candidate in found {
        let zoneKey = (candidate.top ? "T|" : "B|") + candidate.key
        let recurs = pageCount >= 2 && (pagesPerKey[zoneKey]?.count ?? 0) >= needed
        // A short line in small print heading a later page (`Ö. Babur et al.`) is a running
        // header even in a paper too short for it to recur.
        let piece = pages[pageIndex].pieces[candidate.piece]
        let text = piece.text
        let smallHead =
          candidate.top && pageIndex > 0 && piece.scalars.count <= 60
          && (piece.size <= 0.92 * bodySize || candidate.farApart)
          && HeadingRules.numbered(text) == nil && !HeadingRules.namedHeading(text).isHeading
          && !HeadingRules.isTableCaption(text) && !HeadingRules.isFigureCaption(text)
        if candidate.pageNumberLike {
          marks.kinds[candidate.piece] = .pageNumber
        } else if recurs || smallHead {
          marks.kinds[candidate.piece] = candidate.top ? .header : .footer
        }
      }
      // What shares a margin row with a page number is running matter too (`综述 … 1`).
      let numberedRows = Set(found.filter(\.pageNumberLike).map(\.row))
      for candidate in found where numberedRows.contains(candidate.row) {
        if marks.kinds[candidate.piece] == nil {
          marks.kinds[candidate.piece] = candidate.top ? .header : .footer
        }
      }
      result.append(marks)
    }
    return result
  }

  /// Pieces in the two outermost rows at the top and bottom of the page, within the margins.
  private static func marginCandidates(_ page: PagePieces) -> [Candidate] {
    let pieces = page.pieces
    guard !pieces.isEmpty, page.height > 0 else { return [] }
    let order = pieces.indices.sorted { pieces[$0].box.midY < pieces[$1].box.midY }
    let rows = groupRows(order, pieces)
    var result: [Candidate] = []
    let topLimit = page.height * 0.11
    let bottomLimit = page.height * 0.89
    let boxes = rows.map { row in
      row.dropFirst().reduce(pieces[row[0]].box) { $0.union(pieces[$1].box) }
    }
    // The margin block: the first (last) one or two rows, set off from the text by a gap wider
    // than a line's spacing.
    func setOff(_ a: GlyphBox, _ b: GlyphBox) -> Bool {
      let gap = b.y0 - a.y1
      return gap >= 0.8 * min(a.height, b.height)
    }
    var topRows = 0
    if rows.count >= 2 {
      if setOff(boxes[0], boxes[1]) {
        topRows = 1
      } else if rows.count >= 3, setOff(boxes[1], boxes[2]) {
        topRows = 2
      }
    }
    var bottomRows = 0
    let last = rows.count - 1
    if rows.count >= 2 {
      if setOff(boxes[last - 1], boxes[last]) {
        bottomRows = 1
      } else if rows.count >= 3, setOff(boxes[last - 2], boxes[last - 1]) {
        bottomRows = 2
      }
    }
    for (position, row) in rows.enumerated() {
      let fromBottom = rows.count - 1 - position
      let rowBox = boxes[position]
      let top = position < topRows && rowBox.y1 <= topLimit
      let bottom = fromBottom < bottomRows && rowBox.y0 >= bottomLimit
      guard top || bottom else { continue }
      // A table or figure caption at the head of a page is not a running header.
      let rowText = row.map { pieces[$0].text }.joined(separator: " ")
      if HeadingRules.isTableCaption(rowText) || HeadingRules.isFigureCaption(rowText) { continue }
      let neighbour = top ? position + 1 : position - 1
      let farApart =
        neighbour >= 0 && neighbour < boxes.count
        && (top ? boxes[neighbour].y0 - rowBox.y1 : rowBox.y0 - boxes[neighbour].y1)
          >= 2 * rowBox.height
      for index in row where !pieces[index].vertical {
        let text = pieces[index].scalars
        result.append(
          Candidate(
            piece: index, key: key(text), top: top,
            pageNumberLike: isPageNumber(text.string), farApart: farApart, row: position))
      }
    }
    return result
  }

  /// Rows of pieces whose vertical extents overlap, top to bottom.
  private static func groupRows(_ order: [Int], _ pieces: [Piece]) -> [[Int]] {
    var rows: [[Int]] = []
    var rowBox: GlyphBox?
    for index in order {
      let box = pieces[index].box
      if let current = rowBox {
        let overlap = min(current.y1, box.y1) - max(current.y0, box.y0)
        if overlap >= 0.3 * min(current.height, box.height) {
          rows[rows.count - 1].append(index)
          rowBox = current.union(box)
          continue
        }
      }
      rows.append([index])
      rowBox = box
    }
    return rows
  }

  /// The text with spaces dropped, digit runs folded to `#`, letters lower-cased.
  static func key(_ scalars: [Unicode.Scalar]) -> String {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(scalars.count)
    var lastWasDigit = false
    for scalar in scalars where !ScalarClass.isWhitespace(scalar) {
      if ScalarClass.isDigit(scalar) {
        if !lastWasDigit { out.append("#") }
        lastWasDigit = true
      } else {
        lastWasDigit = false
        let value = scalar.value
        if value < 0x80 {
          // ASCII lower-cases to ASCII: only A-Z change.
          out.append((0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
        } else {
          out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
      }
    }
    return out.string
  }

  static let pageNumberPattern = try? NSRegularExpression(
    pattern:
      #"^(?:[-–—·\s]*\d{1,4}[-–—·\s]*|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[ivxlc]{1,6})$"#,
    options: [.caseInsensitive])

  /// Whether the text is only a page number (`12`, `- 12 -`, `Page 3 of 9`, `第3页`, `iv`).
  static func isPageNumber(_ text: String) -> Bool {
    let trimmed = TextRules.trimming(text, .whitespaces)
    guard !trimmed.isEmpty, trimmed.count <= 20 else { return false }
    if let settled = settlesPageNumber(trimmed) { return settled }
    guard let pattern = pageNumberPattern else { return false }
    let range = NSRange(trimmed.startIndex..., in: trimmed)
    return pattern.firstMatch(in: trimmed, range: range) != nil
  }

  /// What ``pageNumberPattern`` answers for the common cases, decided without it (compiling it
  /// costs more than laying out a page): a bare number between dashes or dots (`12`, `· 3 ·`)
  /// matches; a text with a letter or ideograph the pattern cannot match does not. `nil` when
  /// only the pattern can tell.
  static func settlesPageNumber(_ text: String) -> Bool? {
    var digits = 0
    var afterDigits = false
    var bareNumber = true
    for scalar in text.unicodeScalars {
      switch scalar {
      case "0"..."9":
        if afterDigits { bareNumber = false }
        digits += 1
      case " ", "\t", "-", "\u{2013}", "\u{2014}", "\u{00B7}":
        if digits > 0 { afterDigits = true }
      case "a"..."z", "A"..."Z":
        // Letters the pattern spells (case-insensitively): page, p., of, roman numerals.
        if !"pageofivxlcPAGEOFIVXLC".unicodeScalars.contains(scalar) { return false }
        bareNumber = false
      case "第", "页", "共":
        bareNumber = false
      default:
        if ScalarClass.isIdeograph(scalar) { return false }
        bareNumber = false
      }
    }
    if bareNumber, digits >= 1, digits <= 4 { return true }
    return nil
  }
}
