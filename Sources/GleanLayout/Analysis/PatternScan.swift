/// Hand-written matchers for the layout's regular expressions (headings, captions, reference
/// markers, affiliations). A program that compiles its first `NSRegularExpression` pays ICU's
/// one-time set-up, which costs more than laying out a short paper; these matchers answer the
/// common texts without it and give the rest back to the pattern. Each follows its pattern's
/// alternatives and repetitions in the order ICU tries them. Where the answer could hang on
/// Unicode data the matchers do not model (digits and scripts outside the common ranges, the
/// two spaces whose class differs between Unicode's definitions, line terminators before the
/// end), they answer ``Undecided``.
enum PatternScan {
  /// Only the pattern can tell.
  struct Undecided: Error {}

  /// `\s`: white space (line tabulation and next line are undecided).
  static func isSpace(_ scalar: Unicode.Scalar) throws -> Bool {
    if scalar.value == 0x0B || scalar.value == 0x85 { throw Undecided() }
    return scalar.properties.isWhitespace
  }

  /// `\d`: ASCII digits; other decimal digits are undecided.
  static func isDigit(_ scalar: Unicode.Scalar) throws -> Bool {
    if scalar.isASCII { return (0x30...0x39).contains(scalar.value) }
    if scalar.properties.numericType != nil { throw Undecided() }
    return false
  }

  /// `\p{Han}` on the common ranges: the unified ideographs and their extension A, the Han marks
  /// among the CJK symbols; ASCII, kana, the other CJK symbols and the full-width forms are not
  /// Han. Other scalars are undecided.
  static func isHan(_ scalar: Unicode.Scalar) throws -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B:
      return true
    case 0...0x2E7F, 0x3000...0x30FF, 0xFF00...0xFFEF:
      return false
    default:
      throw Undecided()
    }
  }

  /// The first index at or after `start` that is not `\s`.
  static func skipSpaces(_ s: [Unicode.Scalar], from start: Int) throws -> Int {
    var index = start
    while index < s.count, try isSpace(s[index]) { index += 1 }
    return index
  }

  /// How many `\d` follow `start`.
  static func digitRun(_ s: [Unicode.Scalar], from start: Int) throws -> Int {
    var end = start
    while end < s.count, try isDigit(s[end]) { end += 1 }
    return end - start
  }

  /// Whether `(\S.*)$` matches from `start` to the end: a scalar there, and no line terminator
  /// after it (one at the very end would still match; left to the pattern).
  static func restToEnd(_ s: [Unicode.Scalar], from start: Int) throws -> Bool {
    guard start < s.count else { return false }
    for scalar in s[start...] {
      switch scalar.value {
      case 0x0A...0x0D, 0x85, 0x2028, 0x2029: throw Undecided()
      default: continue
      }
    }
    return true
  }

  static func isUpperASCII(_ scalar: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(scalar.value)
  }

  // MARK: - Numbered headings

  /// `^(\d{1,2}(?:[.．]\d{1,2}){0,3})[.．、]?(?:\s+|(?=[\p{Han}A-Z]))(\S.*)$`: the number and the
  /// rest, or `nil`.
  static func numberedHeading(_ s: [Unicode.Scalar]) throws -> (number: String, rest: String)? {
    for first in lengths(try digitRun(s, from: 0)) {
      if let found = try numberGroups(s, at: first, count: 0) {
        return (s[0..<found.numberEnd].map { $0 }.string, s[found.restStart...].map { $0 }.string)
      }
    }
    return nil
  }

  /// The lengths `\d{1,2}` tries on a run of `run` digits, greedy first.
  private static func lengths(_ run: Int) -> [Int] {
    run >= 2 ? [2, 1] : run == 1 ? [1] : []
  }

  private static func numberGroups(_ s: [Unicode.Scalar], at position: Int, count: Int) throws
    -> (numberEnd: Int, restStart: Int)?
  {
    if count < 3, position < s.count, s[position] == "." || s[position] == "．" {
      for length in lengths(try digitRun(s, from: position + 1)) {
        if let found = try numberGroups(s, at: position + 1 + length, count: count + 1) {
          return found
        }
      }
    }
    if position < s.count, ".．、".unicodeScalars.contains(s[position]),
      let start = try headingRest(s, from: position + 1)
    {
      return (position, start)
    }
    if let start = try headingRest(s, from: position) { return (position, start) }
    return nil
  }

  /// `(?:\s+|(?=[\p{Han}A-Z]))(\S.*)$` at `start`: where the rest begins.
  private static func headingRest(_ s: [Unicode.Scalar], from start: Int) throws -> Int? {
    guard start < s.count else { return nil }
    if try isSpace(s[start]) {
      let rest = try skipSpaces(s, from: start)
      return try restToEnd(s, from: rest) ? rest : nil
    }
    guard try isUpperASCII(s[start]) || isHan(s[start]) else { return nil }
    return try restToEnd(s, from: start) ? start : nil
  }

  /// `^(?:([一二三四五六七八九十]{1,3})[、．.]|[（(]([一二三四五六七八九十]{1,3})[)）])\s*(\S.*)$`:
  /// 1 for the first form (`一、`), 2 for the second (`（一）`), `nil` for no match.
  static func chineseHeadingLevel(_ s: [Unicode.Scalar]) throws -> Int? {
    func numerals(from start: Int) -> Int {
      var end = start
      while end < s.count, "一二三四五六七八九十".unicodeScalars.contains(s[end]) { end += 1 }
      return end - start
    }
    let run = numerals(from: 0)
    if run >= 1, run <= 3, run < s.count, "、．.".unicodeScalars.contains(s[run]),
      try restToEnd(s, from: try skipSpaces(s, from: run + 1))
    {
      return 1
    }
    if let open = s.first, open == "（" || open == "(" {
      let inner = numerals(from: 1)
      if inner >= 1, inner <= 3, 1 + inner < s.count, s[1 + inner] == ")" || s[1 + inner] == "）",
        try restToEnd(s, from: try skipSpaces(s, from: 2 + inner))
      {
        return 2
      }
    }
    return nil
  }

  // MARK: - Table captions

  /// `^\s*(?:续\s*)?(?:表|Table|TABLE|Tab\.)\s*(?:\d{1,3}|[IVX]{1,5})(?:[.:：\s]|$|(?=[\p{Han}]))`.
  static func isTableCaption(_ s: [Unicode.Scalar]) throws -> Bool {
    let start = try skipSpaces(s, from: 0)
    if start < s.count, s[start] == "续" {
      return try tableWord(s, at: try skipSpaces(s, from: start + 1))
    }
    return try tableWord(s, at: start)
  }

  private static let tableWords: [[Unicode.Scalar]] = ["表", "Table", "TABLE", "Tab."].map {
    Array($0.unicodeScalars)
  }

  private static func tableWord(_ s: [Unicode.Scalar], at start: Int) throws -> Bool {
    for word in tableWords where s[start...].starts(with: word) {
      let number = try skipSpaces(s, from: start + word.count)
      guard number < s.count else { continue }
      let digits = try digitRun(s, from: number)
      if digits >= 1 {
        if digits <= 3, try captionEnd(s, at: number + digits) { return true }
        continue
      }
      var roman = number
      while roman < s.count, "IVX".unicodeScalars.contains(s[roman]) { roman += 1 }
      if roman > number, roman - number <= 5, try captionEnd(s, at: roman) { return true }
    }
    return false
  }

  /// `(?:[.:：\s]|$|(?=[\p{Han}]))` at `index`.
  private static func captionEnd(_ s: [Unicode.Scalar], at index: Int) throws -> Bool {
    guard index < s.count else { return true }
    let scalar = s[index]
    if scalar == "." || scalar == ":" || scalar == "：" { return true }
    return try isSpace(scalar) || isHan(scalar)
  }

  // MARK: - Reference markers

  /// `^\s*(?:[\[［【]\s*(\d{1,4})\s*[\]］】]|(\d{1,4})\s*[.．]\s|[(（](\d{1,4})[)）]|(\d{1,3})\s+(?=[A-Z\p{Han}]))`:
  /// the number in the marker, or `nil`.
  static func referenceMarker(_ s: [Unicode.Scalar]) throws -> Int? {
    let start = try skipSpaces(s, from: 0)
    guard start < s.count else { return nil }
    func number(_ from: Int, _ length: Int) -> Int? {
      Int(s[from..<(from + length)].map { $0 }.string)
    }
    if "[［【".unicodeScalars.contains(s[start]) {
      let digits = try skipSpaces(s, from: start + 1)
      let run = try digitRun(s, from: digits)
      if run >= 1, run <= 4 {
        let close = try skipSpaces(s, from: digits + run)
        if close < s.count, "]］】".unicodeScalars.contains(s[close]) { return number(digits, run) }
      }
      return nil
    }
    if s[start] == "(" || s[start] == "（" {
      let run = try digitRun(s, from: start + 1)
      let close = start + 1 + run
      if run >= 1, run <= 4, close < s.count, s[close] == ")" || s[close] == "）" {
        return number(start + 1, run)
      }
      return nil
    }
    let run = try digitRun(s, from: start)
    guard run >= 1 else { return nil }
    if run <= 4 {
      let dot = try skipSpaces(s, from: start + run)
      if dot + 1 < s.count, s[dot] == "." || s[dot] == "．", try isSpace(s[dot + 1]) {
        return number(start, run)
      }
    }
    if run <= 3, start + run < s.count, try isSpace(s[start + run]) {
      let next = try skipSpaces(s, from: start + run)
      if next < s.count, try isUpperASCII(s[next]) || isHan(s[next]) {
        return number(start, run)
      }
    }
    return nil
  }

  // MARK: - Affiliations

  private static let affiliationWords: [[Unicode.Scalar]] = [
    "大学", "学院", "医院", "研究所", "研究院", "中心", "实验室", "University", "College", "Hospital",
    "Institute", "Department", "School", "Laboratory", "Center", "Centre", "Faculty",
  ].map { Array($0.unicodeScalars) }

  /// Whether one of the affiliation words occurs anywhere in `s`.
  static func mentionsAffiliation(_ s: [Unicode.Scalar]) -> Bool {
    for start in s.indices {
      for word in affiliationWords where s[start] == word[0] && s[start...].starts(with: word) {
        return true
      }
    }
    return false
  }
}
