import Foundation

/// Splits a reference-list entry into authors, title, journal, year and DOI. It reads the
/// GB/T 7714 style of Chinese journals (`LIANG Y, XU X, et al. Title[J]. Journal, 2020, 12(3):
/// 1-9.`), Vancouver (`Smith J, Lee K. Title. J Name. 2019;12:45-67.`) and APA
/// (`Smith, J., & Lee, K. (2019). Title. Journal, 12, 45-67.`).
enum ReferenceParser {
  /// The entry `text` (its number marker, if printed, is removed) with `number`.
  static func parse(number: Int?, text: String) -> CitedReference {
    var (body, marker) = stripMarker(text.trimmingWhitespace())
    body = body.trimmingWhitespace()
    var entry = CitedReference(number: number ?? marker, text: body)
    entry.doi = doi(in: body)
    let withoutDOI = entry.doi.map { remove(doiText: $0, from: body) } ?? body
    if let typed = typedParts(withoutDOI) {
      entry.authors = typed.authors
      entry.title = typed.title
      entry.journal = typed.journal
    } else if let apa = apaParts(withoutDOI) {
      entry.authors = apa.authors
      entry.title = apa.title
      entry.journal = apa.journal
    } else {
      let segments = sentences(withoutDOI)
      entry.authors = segments.first
      entry.title = segments.count > 1 ? segments[1] : nil
      entry.journal = segments.count > 2 ? journalName(segments[2]) : nil
    }
    let afterAuthors = entry.authors.map { String(withoutDOI.dropFirst($0.count)) } ?? withoutDOI
    entry.year = firstYear(afterAuthors) ?? firstYear(withoutDOI)
    entry.authors = entry.authors.map(clean)
    entry.title = entry.title.map(clean).flatMap { $0.isEmpty ? nil : $0 }
    entry.journal = entry.journal.map(clean).flatMap { $0.isEmpty ? nil : $0 }
    return entry
  }

  /// Removes `[12]`, `12.`, `12)` or `(12)` at the start: the rest and the number.
  static func stripMarker(_ text: String) -> (String, Int?) {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    let open = index < scalars.count && ["[", "［", "("].contains(scalars[index])
    if open { index += 1 }
    var value = 0
    var digits = 0
    while index < scalars.count, let digit = CitationParser.digit(scalars[index]), digits < 4 {
      value = value * 10 + digit
      digits += 1
      index += 1
    }
    guard digits > 0, index < scalars.count else { return (text, nil) }
    let close = scalars[index]
    if open {
      guard ["]", "］", ")"].contains(close) else { return (text, nil) }
    } else {
      guard [".", ")", " ", "\t"].contains(close) else { return (text, nil) }
    }
    index += 1
    return (String(scalars: scalars[index...]), value)
  }

  /// The first DOI (`10.1234/abc.5`) in `text`, without trailing punctuation.
  static func doi(in text: String) -> String? {
    doi(in: Array(text.unicodeScalars))
  }

  /// The first DOI in `scalars`, without trailing punctuation.
  static func doi(in scalars: [Unicode.Scalar]) -> String? {
    var index = 0
    while index + 3 < scalars.count {
      if scalars[index] == "1", scalars[index + 1] == "0", scalars[index + 2] == ".",
        index == 0 || !ScalarText.isWordScalar(scalars[index - 1]) || scalars[index - 1] == "i"
      {
        var cursor = index + 3
        var registrant = 0
        while cursor < scalars.count, CitationParser.digit(scalars[cursor]) != nil {
          registrant += 1
          cursor += 1
        }
        if registrant >= 4, cursor < scalars.count, scalars[cursor] == "/" {
          cursor += 1
          let suffixStart = cursor
          while cursor < scalars.count, !scalars[cursor].properties.isWhitespace,
            !ScalarText.isHan(scalars[cursor]), !["，", "。", "；", "）"].contains(scalars[cursor])
          {
            cursor += 1
          }
          while cursor > suffixStart, [".", ",", ";", ")", "]"].contains(scalars[cursor - 1]) {
            cursor -= 1
          }
          if cursor > suffixStart {
            return String(scalars: scalars[index..<cursor])
          }
        }
      }
      index += 1
    }
    return nil
  }

  static let doiLabels = ["https://doi.org/", "http://dx.doi.org/", "DOI:", "doi:", "DOI", "doi"]

  /// `text` without the DOI and the labels that introduce DOIs.
  static func remove(doiText: String, from text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard PlainScalars.isPlain(scalars) else { return removeWithFoundation(doiText, from: text) }
    var result = PlainScalars.removing(Array(doiText.unicodeScalars), from: scalars)
    for label in doiLabels {
      result = PlainScalars.removing(Array(label.unicodeScalars), from: result)
    }
    return String(scalars: PlainScalars.trimmed(result[...]))
  }

  /// ``remove(doiText:from:)`` by Foundation's search, which compares canonically equivalent
  /// sequences as equal: for text that is not ``PlainScalars/isPlain(_:)``.
  static func removeWithFoundation(_ doiText: String, from text: String) -> String {
    var result = text.replacingOccurrences(of: doiText, with: "")
    for label in doiLabels {
      result = result.replacingOccurrences(of: label, with: "")
    }
    return result.trimmingWhitespace()
  }

  static let typeMarkers = [
    "[J]", "[M]", "[C]", "[D]", "[R]", "[N]", "[P]", "[S]", "[Z]", "[A]", "[J/OL]", "[EB/OL]",
    "[M/OL]", "[DB/OL]", "［J］", "［M］",
  ]

  /// GB/T 7714: `Authors. Title[J]. Journal, Year, …`.
  static func typedParts(_ text: String) -> (authors: String, title: String, journal: String?)? {
    let scalars = Array(text.unicodeScalars)
    guard PlainScalars.isPlain(scalars) else { return typedPartsWithFoundation(text) }
    var markerStart: Int?
    var markerEnd = 0
    var position = 0
    while markerStart == nil, position < scalars.count {
      if scalars[position] == "[" || scalars[position] == "［" {
        for marker in typeMarkerScalars
        where PlainScalars.hasPrefix(marker, in: scalars, at: position) {
          markerStart = position
          markerEnd = position + marker.count
          break
        }
      }
      position += 1
    }
    guard let markerStart else { return nil }
    let head = scalars[..<markerStart]
    let authorEnd: Int
    if let etAl = PlainScalars.firstRange(of: etAlScalars, in: head)
      ?? PlainScalars.firstRange(of: ["等", "."], in: head)
    {
      authorEnd = etAl.upperBound
    } else if let stop = PlainScalars.firstRange(of: [".", " "], in: head)
      ?? PlainScalars.firstRange(of: ["．"], in: head)
      ?? PlainScalars.firstRange(of: ["。"], in: head)
      ?? PlainScalars.firstRange(of: ["."], in: head)
    {
      authorEnd = stop.upperBound
    } else {
      return nil
    }
    var journal = PlainScalars.trimmed(scalars[markerEnd...])
    while let first = journal.first, [".", "．", " "].contains(first) {
      journal = journal.dropFirst()
    }
    return (
      String(scalars: head[..<authorEnd]), String(scalars: head[authorEnd...]),
      journalName(journal)
    )
  }

  static let typeMarkerScalars = typeMarkers.map { Array($0.unicodeScalars) }
  static let etAlScalars = Array("et al.".unicodeScalars)

  /// ``typedParts(_:)`` by Foundation's search, which compares canonically equivalent sequences
  /// as equal: for text that is not ``PlainScalars/isPlain(_:)``.
  static func typedPartsWithFoundation(_ text: String) -> (
    authors: String, title: String, journal: String?
  )? {
    guard
      let marker = typeMarkers.compactMap({ text.range(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return nil }
    let head = String(text[..<marker.lowerBound])
    let tail = String(text[marker.upperBound...])
    let authorEnd: String.Index
    if let etAl = head.range(of: "et al.") ?? head.range(of: "等.") {
      authorEnd = etAl.upperBound
    } else if let stop = head.range(of: ". ") ?? head.range(of: "．") ?? head.range(of: "。")
      ?? head.range(of: ".")
    {
      authorEnd = stop.upperBound
    } else {
      return nil
    }
    let authors = String(head[..<authorEnd])
    let title = String(head[authorEnd...])
    var journal = Array(tail.trimmingWhitespace().unicodeScalars)[...]
    while let first = journal.first, [".", "．", " "].contains(first) {
      journal = journal.dropFirst()
    }
    return (authors, title, journalName(journal))
  }

  /// APA: `Authors (Year). Title. Journal, …`.
  private static func apaParts(_ text: String) -> (
    authors: String, title: String?, journal: String?
  )? {
    let scalars = Array(text.unicodeScalars)
    for index in scalars.indices where scalars[index] == "(" && index + 6 <= scalars.count {
      let window = Array(scalars[(index + 1)..<min(scalars.count, index + 7)])
      guard let close = window.firstIndex(of: ")"),
        CitationParser.year(window[..<close]) != nil
      else { continue }
      let authors = String(scalars: scalars[..<index])
      var rest = scalars[(index + 1 + close + 1)...]
      while let first = rest.first, [".", " "].contains(first) { rest = rest.dropFirst() }
      let parts = sentences(String(scalars: rest))
      return (authors, parts.first, parts.count > 1 ? journalName(parts[1]) : nil)
    }
    return nil
  }

  /// The text split at `. ` (keeping `et al.` and initials with their names).
  static func sentences(_ text: String) -> [String] {
    var parts: [String] = []
    var start = 0
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let atStop =
        (scalar == "." && (index + 1 == scalars.count || scalars[index + 1] == " "))
        || scalar == "．" || scalar == "。"
      guard atStop else { continue }
      let trimmed = String(scalars: PlainScalars.trimmed(scalars[start...index]))
      if trimmed.hasSuffix("et al.") { continue }
      // An initial (`J.`) belongs to the author list when more names follow (`Smith, J., &`).
      let words = trimmed.split(separator: " ")
      if let last = words.last, last.count == 2, last.first?.isUppercase == true, parts.isEmpty {
        let rest = String(scalars: PlainScalars.trimmed(scalars[(index + 1)...]))
        let next = rest.split(separator: " ").first.map(String.init) ?? ""
        let initial = next.count == 2 && next.hasSuffix(".") && next.first?.isUppercase == true
        if next.hasSuffix(",") || next == "&" || next == "and" || initial { continue }
      }
      parts.append(trimmed)
      start = index + 1
    }
    let rest = String(scalars: PlainScalars.trimmed(scalars[start...]))
    if !rest.isEmpty { parts.append(rest) }
    return parts
  }

  /// The journal name: the text before the first comma, semicolon or year.
  static func journalName(_ text: String) -> String {
    journalName(Array(text.unicodeScalars)[...])
  }

  /// The journal name in `text`: the text before the first comma, semicolon or year.
  static func journalName(_ text: ArraySlice<Unicode.Scalar>) -> String {
    let cut = text.firstIndex { [",", "，", ";", "；"].contains($0) } ?? text.endIndex
    let name = text[..<cut]
    for index in name.indices where index + 4 <= name.endIndex {
      if CitationParser.year(name[index..<(index + 4)]) != nil,
        index == name.startIndex || !ScalarText.isWordScalar(name[index - 1])
      {
        return String(scalars: name[..<index])
      }
    }
    return String(scalars: name)
  }

  /// The first year (1900-2099) standing alone in `text`.
  static func firstYear(_ text: String) -> Int? {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 4 else { return nil }
    for index in 0...(scalars.count - 4) {
      let before = index > 0 ? scalars[index - 1] : " "
      let after = index + 4 < scalars.count ? scalars[index + 4] : " "
      guard CitationParser.digit(before) == nil, CitationParser.digit(after) == nil else {
        continue
      }
      if let year = CitationParser.year(scalars[index..<(index + 4)]) { return year }
    }
    return nil
  }

  /// Trims spaces and the punctuation that separates parts.
  static func clean(_ text: String) -> String {
    let scalars = PlainScalars.trimmed(Array(text.unicodeScalars)[...])
    var lower = scalars.startIndex
    var upper = scalars.endIndex
    while upper > lower, [".", ",", "．", "。", " ", ";", ":"].contains(scalars[upper - 1]) {
      upper -= 1
    }
    while lower < upper, [".", ",", " ", ":"].contains(scalars[lower]) { lower += 1 }
    return String(scalars: scalars[lower..<upper])
  }
}
