/// Finds citation markers: numbered (`[27]`, `[29-30]`, `[1, 3-5]`, full-width brackets,
/// superscript digits), with the first author written before them (`LIANG等[27]`,
/// `Smith et al. [4]`), and author-year (`(Smith et al., 2019; Lee, 2020)`, `Smith et al. (2019)`).
struct CitationParser: Sendable {
  let rules: FindingRules

  /// The largest reference number read as a citation.
  static let maximumNumber = 3000
  /// The largest range (`[1-40]`) expanded.
  static let maximumRange = 60

  /// The markers in `text`, in text order. Names overlapping `blocked` (entity mentions) are not
  /// taken for authors.
  func markers(in text: ScalarText, blocked: [Range<Int>] = []) -> [CitationMarker] {
    var result: [CitationMarker] = []
    var index = 0
    let scalars = text.scalars
    while index < scalars.count {
      let scalar = scalars[index]
      if Self.isOpenBracket(scalar), let (numbers, end) = bracket(text, from: index) {
        var marker = CitationMarker(range: index..<end, numbers: numbers)
        if let (author, start) = author(before: index, in: text, blocked: blocked) {
          marker.author = author
          marker.range = start..<end
        }
        result.append(marker)
        index = end
      } else if Self.mayBeSuperscript(scalar), Self.superscripts[scalar] != nil,
        let (numbers, end) = superscript(text, from: index)
      {
        result.append(CitationMarker(range: index..<end, numbers: numbers))
        index = end
      } else if scalar == "(" || scalar == "（", let (markers, end) = authorYear(text, from: index) {
        result.append(contentsOf: markers)
        index = end
      } else {
        index += 1
      }
    }
    return result
  }

  /// All numbers cited in `markers`, ascending, without repeats.
  static func numbers(of markers: [CitationMarker]) -> [Int] {
    Array(Set(markers.flatMap(\.numbers))).sorted()
  }

  // MARK: numbered markers

  static let openBrackets: Set<Unicode.Scalar> = ["[", "［", "〔"]

  /// Whether `scalar` is in ``openBrackets`` (without hashing it).
  static func isOpenBracket(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "[" || scalar == "［" || scalar == "〔"
  }

  /// Whether `scalar` can be a key of ``superscripts``: a cheap test before the lookup.
  static func mayBeSuperscript(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xB2, 0xB3, 0xB9, 0x2D2, 0x2070...0x207B: true
    default: false
    }
  }
  static let closeBrackets: Set<Unicode.Scalar> = ["]", "］", "〕"]
  static let separators: Set<Unicode.Scalar> = [",", "，", "、", ";", "；"]
  static let dashes: Set<Unicode.Scalar> = ["-", "–", "—", "－", "~", "～", "‐", "‑"]

  /// A bracketed list of numbers starting at `start`: the numbers and the end of the marker.
  private func bracket(_ text: ScalarText, from start: Int) -> ([Int], Int)? {
    let scalars = text.scalars
    var index = start + 1
    var content: [Unicode.Scalar] = []
    while index < scalars.count, index - start <= 40 {
      let scalar = scalars[index]
      if Self.closeBrackets.contains(scalar) {
        guard let numbers = Self.parseList(content) else { return nil }
        return (numbers, index + 1)
      }
      guard
        Self.digit(scalar) != nil || Self.separators.contains(scalar)
          || Self.dashes.contains(scalar) || scalar == " "
      else { return nil }
      content.append(scalar)
      index += 1
    }
    return nil
  }

  static let superscripts: [Unicode.Scalar: Unicode.Scalar] = [
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8",
    "⁹": "9", "⁻": "-", "˒": ",",
  ]

  /// A run of superscript digits (`¹²⁻¹⁴`).
  private func superscript(_ text: ScalarText, from start: Int) -> ([Int], Int)? {
    let scalars = text.scalars
    var index = start
    var content: [Unicode.Scalar] = []
    while index < scalars.count {
      if let plain = Self.superscripts[scalars[index]] {
        content.append(plain)
      } else if scalars[index] == ",", index + 1 < scalars.count,
        Self.superscripts[scalars[index + 1]] != nil
      {
        content.append(",")
      } else {
        break
      }
      index += 1
    }
    guard let numbers = Self.parseList(content) else { return nil }
    return (numbers, index)
  }

  /// `1, 3-5` → [1, 3, 4, 5]; `nil` unless every item is a number or a sensible range.
  static func parseList(_ content: [Unicode.Scalar]) -> [Int]? {
    var numbers: [Int] = []
    var items: [[Unicode.Scalar]] = [[]]
    for scalar in content where scalar != " " {
      if separators.contains(scalar) {
        items.append([])
      } else {
        items[items.count - 1].append(scalar)
      }
    }
    for item in items {
      let bounds = split(item, by: dashes)
      guard !bounds.isEmpty, bounds.count <= 2 else { return nil }
      var values: [Int] = []
      for bound in bounds {
        guard !bound.isEmpty, bound.count <= 4 else { return nil }
        var value = 0
        for scalar in bound {
          guard let digit = digit(scalar) else { return nil }
          value = value * 10 + digit
        }
        guard value >= 1, value <= maximumNumber else { return nil }
        values.append(value)
      }
      if values.count == 2 {
        guard values[0] <= values[1], values[1] - values[0] < maximumRange else { return nil }
        numbers.append(contentsOf: values[0]...values[1])
      } else {
        numbers.append(values[0])
      }
    }
    return numbers.isEmpty ? nil : Array(Set(numbers)).sorted()
  }

  private static func split(_ scalars: [Unicode.Scalar], by set: Set<Unicode.Scalar>)
    -> [[Unicode.Scalar]]
  {
    var parts: [[Unicode.Scalar]] = [[]]
    for scalar in scalars {
      if set.contains(scalar) { parts.append([]) } else { parts[parts.count - 1].append(scalar) }
    }
    return parts
  }

  static func digit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
    default: nil
    }
  }

  // MARK: authors

  /// The first author written before `position` (`LIANG等`, `Smith et al.`): the name and where
  /// it starts.
  private func author(
    before position: Int, in text: ScalarText, blocked: [Range<Int>]
  ) -> (String, Int)? {
    var end = position
    while end > 0, text.scalars[end - 1] == " " { end -= 1 }
    var suffixStart: Int?
    for entry in rules.authorSuffixes.entries {
      let length = entry.pattern.weight + 3
      for start in stride(from: max(0, end - length), to: end, by: 1) {
        if let parts = entry.pattern.match(in: text, at: start), parts.last?.upperBound == end {
          suffixStart = min(suffixStart ?? start, start)
        }
      }
    }
    guard var nameEnd = suffixStart else { return nil }
    while nameEnd > 0, text.scalars[nameEnd - 1] == " " { nameEnd -= 1 }
    return name(endingAt: nameEnd, in: text, blocked: blocked)
  }

  /// A surname ending at `end`: Latin, capitalised, at least two letters (`LIANG`, `Smith`); or
  /// one to three Chinese characters standing after the start, a space or punctuation (`袁`).
  private func name(endingAt end: Int, in text: ScalarText, blocked: [Range<Int>]) -> (String, Int)?
  {
    if end > 0, ScalarText.isHan(text.scalars[end - 1]) {
      var start = end
      while start > 0, end - start < 4, ScalarText.isHan(text.scalars[start - 1]) { start -= 1 }
      guard end - start <= 3, start == 0 || !ScalarText.isHan(text.scalars[start - 1]),
        start == 0 || !ScalarText.isWordScalar(text.scalars[start - 1]),
        !blocked.contains(where: { $0.overlaps(start..<end) })
      else { return nil }
      return (text.string(start..<end), start)
    }
    var start = end
    while start > 0 {
      let scalar = text.scalars[start - 1]
      if ScalarText.isLatinLetter(scalar) || scalar == "-" || scalar == "'" || scalar == "’" {
        start -= 1
      } else {
        break
      }
    }
    while start < end, !ScalarText.isLatinLetter(text.scalars[start]) { start += 1 }
    guard end - start >= 2, text.scalars[start].properties.isUppercase,
      start == 0 || !ScalarText.isWordScalar(text.scalars[start - 1]),
      !blocked.contains(where: { $0.overlaps(start..<end) })
    else { return nil }
    return (text.string(start..<end), start)
  }

  // MARK: author-year

  /// `(Smith et al., 2019; Lee and Park, 2020)` or `Smith et al. (2019)` starting at `start`.
  private func authorYear(_ text: ScalarText, from start: Int) -> ([CitationMarker], Int)? {
    let scalars = text.scalars
    var index = start + 1
    while index < scalars.count, index - start <= 160, scalars[index] != ")", scalars[index] != "）"
    {
      index += 1
    }
    guard index < scalars.count, scalars[index] == ")" || scalars[index] == "）" else { return nil }
    let end = index + 1
    let inner = ScalarText(scalars: Array(scalars[(start + 1)..<index]))
    // `Smith et al. (2019)`: a bare year after a name.
    if let year = Self.year(inner.scalars) {
      guard let (author, authorStart) = self.author(before: start, in: text, blocked: []) else {
        return nil
      }
      return (
        [CitationMarker(range: authorStart..<end, numbers: [], author: author, year: year)], end
      )
    }
    var markers: [CitationMarker] = []
    var itemStart = 0
    for position in 0...inner.count {
      guard
        position == inner.count || inner.scalars[position] == ";"
          || inner.scalars[position] == "；"
      else { continue }
      let item = Array(inner.scalars[itemStart..<position])
      itemStart = position + 1
      guard let (author, year) = authorAndYear(item) else { return nil }
      markers.append(CitationMarker(range: start..<end, numbers: [], author: author, year: year))
    }
    return markers.isEmpty ? nil : (markers, end)
  }

  /// `Smith et al., 2019` → (Smith, 2019).
  private func authorAndYear(_ item: [Unicode.Scalar]) -> (String, Int)? {
    var scalars = item
    while let last = scalars.last, last == " " { scalars.removeLast() }
    var yearStart = scalars.count
    while yearStart > 0, ScalarText.isWordScalar(scalars[yearStart - 1]) { yearStart -= 1 }
    guard let year = Self.year(Array(scalars[yearStart...])) else { return nil }
    var nameEnd = yearStart
    while nameEnd > 0, [" ", ",", "，"].contains(scalars[nameEnd - 1]) { nameEnd -= 1 }
    var nameScalars = Array(scalars[..<nameEnd])
    while let first = nameScalars.first, first == " " { nameScalars.removeFirst() }
    var name = String(scalars: nameScalars)
    guard let firstLetter = nameScalars.first, ScalarText.isLatinLetter(firstLetter),
      firstLetter.properties.isUppercase
    else { return nil }
    for separator in [" et al", " and ", " & ", "等", ","] {
      if let range = name.range(of: separator) { name = String(name[..<range.lowerBound]) }
    }
    name = name.trimmingWhitespace()
    guard name.unicodeScalars.count >= 2, name.unicodeScalars.count <= 40,
      name.unicodeScalars.allSatisfy({
        ScalarText.isLatinLetter($0) || $0 == "-" || $0 == "'" || $0 == " " || $0 == "’"
      })
    else { return nil }
    return (name, year)
  }

  /// `2019` or `2019a` → 2019, for years 1900-2099.
  static func year(_ scalars: [Unicode.Scalar]) -> Int? {
    year(scalars[...])
  }

  /// `2019` or `2019a` → 2019, for years 1900-2099.
  static func year(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    var lower = scalars.startIndex
    var upper = scalars.endIndex
    while lower < upper, scalars[lower] == " " { lower += 1 }
    while upper > lower, scalars[upper - 1] == " " || ScalarText.isLatinLetter(scalars[upper - 1]) {
      upper -= 1
    }
    guard upper - lower == 4 else { return nil }
    var value = 0
    for scalar in scalars[lower..<upper] {
      guard let digit = digit(scalar) else { return nil }
      value = value * 10 + digit
    }
    return (1900...2099).contains(value) ? value : nil
  }
}
