extension PaperText {
  /// The paper text of plain text laid out as `glean text` prints a paper: one paragraph a line,
  /// a table as its caption line, one TAB-separated line per row (the first is the header) and
  /// footnote lines, a reference list after a line such as `参考文献` or `References`. The title
  /// is the first line when it is short and does not end a sentence.
  init(plainText text: String, rules: FindingRules) {
    let scalars = Array(text.unicodeScalars)
    let lines = Self.lineRanges(scalars)
    var prose: [Range<Int>] = []
    var tables: [TableSpan] = []
    var entries: [(number: Int?, text: String, range: Range<Int>)] = []
    var referenceRanges: [Range<Int>] = []
    var title: String?
    var inReferences = false

    func hasTab(_ range: Range<Int>) -> Bool { scalars[range].contains("\t") }
    func lineText(_ range: Range<Int>) -> String {
      String(scalars: scalars[range])
    }
    func cells(_ range: Range<Int>) -> [TableSpan.Cell] {
      var result: [TableSpan.Cell] = []
      var start = range.lowerBound
      for index in range where scalars[index] == "\t" {
        result.append(
          TableSpan.Cell(text: lineText(start..<index).trimmingWhitespace(), range: start..<index))
        start = index + 1
      }
      result.append(
        TableSpan.Cell(
          text: lineText(start..<range.upperBound).trimmingWhitespace(),
          range: start..<range.upperBound))
      return result
    }
    /// Whether lines `a` and `b` are separated by one line break only.
    func adjacent(_ a: Range<Int>, _ b: Range<Int>) -> Bool { b.lowerBound == a.upperBound + 1 }

    var index = 0
    var consumed = Set<Int>()
    while index < lines.count {
      let line = lines[index]
      let content = lineText(line).trimmingWhitespace()
      if inReferences {
        referenceRanges.append(line)
        let (_, number) = ReferenceParser.stripMarker(content)
        if number != nil || entries.isEmpty {
          entries.append((number, content, line))
        } else {
          entries[entries.count - 1].text += " " + content
          entries[entries.count - 1].range =
            entries[entries.count - 1].range.lowerBound..<line.upperBound
        }
        index += 1
        continue
      }
      if Self.isReferenceHeading(content, rules: rules) {
        inReferences = true
        referenceRanges.append(line)
        index += 1
        continue
      }
      if hasTab(line) {
        var end = index
        while end + 1 < lines.count, hasTab(lines[end + 1]), adjacent(lines[end], lines[end + 1]) {
          end += 1
        }
        var caption: String?
        if index > 0, !consumed.contains(index - 1),
          Self.isCaption(lineText(lines[index - 1]).trimmingWhitespace())
        {
          caption = lineText(lines[index - 1]).trimmingWhitespace()
          prose.removeAll { $0 == lines[index - 1] }
        }
        let rows = (index...end).map { cells(lines[$0]) }
        tables.append(
          TableSpan(
            caption: caption, headerRows: [rows[0]], bodyRows: Array(rows.dropFirst()),
            offset: line.lowerBound))
        (index...end).forEach { consumed.insert($0) }
        // Footnotes: the lines right under the table.
        var next = end + 1
        while next < lines.count, adjacent(lines[next - 1], lines[next]), !hasTab(lines[next]) {
          consumed.insert(next)
          next += 1
        }
        index = next
        continue
      }
      if index == 0, Self.looksLikeTitle(content), !Self.isCaption(content) {
        title = content
      }
      if !Self.isCaption(content) { prose.append(line) }
      index += 1
    }
    let references = entries.map { ReferenceParser.parse(number: $0.number, text: $0.text) }
    self.init(
      text: text, scalars: scalars, proseLines: prose, tables: tables,
      references: Self.numbered(references), referenceRanges: referenceRanges, title: title,
      pageCount: 0, document: nil)
  }

  /// `表1 …`, `表 2 …`, `Table 3. …`.
  static func isCaption(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars)
    var index: Int
    if scalars.first == "表" {
      index = 1
    } else if line.lowercased().hasPrefix("table") {
      index = 5
    } else {
      return false
    }
    while index < scalars.count, scalars[index] == " " { index += 1 }
    return index < scalars.count && CitationParser.digit(scalars[index]) != nil
  }

  /// A reference list heading standing alone (`参考文献`, `References:`).
  static func isReferenceHeading(_ line: String, rules: FindingRules) -> Bool {
    var scalars = Array(line.unicodeScalars)
    while let last = scalars.last, [":", "：", " "].contains(last) { scalars.removeLast() }
    let text = ScalarText(scalars: scalars)
    return rules.referenceHeadings.matches(in: text).contains {
      $0.start == 0 && $0.end == text.count
    }
  }

  /// A first line short enough to be a title and not ending a sentence.
  static func looksLikeTitle(_ line: String) -> Bool {
    let count = line.unicodeScalars.count
    guard count >= 4, count <= 200, let last = line.unicodeScalars.last else { return false }
    return !["。", ".", "；", ";", "：", ":"].contains(last) && !line.contains("\t")
  }
}
