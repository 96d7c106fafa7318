/// A piece of text as Unicode scalars, with a case-folded copy for matching and the clause each
/// scalar belongs to. Offsets everywhere in the finding reader are scalar offsets into it.
struct ScalarText: Sendable {
  /// The scalars as written.
  let scalars: [Unicode.Scalar]
  /// The scalars with ASCII letters lower-cased (same length).
  let folded: [Unicode.Scalar]
  /// For each scalar, the index of its clause. Clauses end after `，；。：！？` and their ASCII
  /// forms outside brackets; an ASCII comma ends one only when Chinese follows it.
  let clause: [Int]

  init(_ text: String) {
    self.init(scalars: Array(text.unicodeScalars))
  }

  /// For each scalar, whether it lies in a bracketed English gloss of a Chinese term
  /// (`哺乳动物雷帕霉素靶蛋白（mammalian target of rapamycin, mTOR）`): brackets right after a Chinese
  /// character whose content has no Chinese character.
  let inGloss: [Bool]

  init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    var inGloss = [Bool](repeating: false, count: scalars.count)
    var index = 0
    while index < scalars.count {
      guard Self.isOpening(scalars[index]), index > 0 else {
        index += 1
        continue
      }
      var before = index - 1
      while before > 0, scalars[before] == " " { before -= 1 }
      var close = index + 1
      var han = false
      while close < scalars.count, !Self.isClosing(scalars[close]),
        !Self.isOpening(scalars[close])
      {
        if Self.isHan(scalars[close]) { han = true }
        close += 1
      }
      if Self.isHan(scalars[before]), !han, close < scalars.count,
        Self.isClosing(scalars[close])
      {
        for position in index...close { inGloss[position] = true }
      }
      index = close
    }
    self.inGloss = inGloss
    folded = scalars.map { scalar in
      (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20) ?? scalar : scalar
    }
    var clause: [Int] = []
    clause.reserveCapacity(scalars.count)
    var current = 0
    var depth = 0
    for (position, scalar) in scalars.enumerated() {
      clause.append(current)
      if Self.isOpening(scalar) {
        depth += 1
      } else if Self.isClosing(scalar) {
        depth = max(0, depth - 1)
      } else if depth == 0, Self.isClauseEnd(scalar) {
        current += 1
      } else if depth == 0, scalar == ",", Self.hanFollows(scalars, after: position) {
        // An ASCII comma in Chinese text ends a clause (`[10],但…`); in English it may only
        // separate list items (`CCNE1, CCNE2`).
        current += 1
      }
    }
    self.clause = clause
  }

  var count: Int { scalars.count }

  /// Whether the first scalar after `position` that is not a space is a Chinese character.
  static func hanFollows(_ scalars: [Unicode.Scalar], after position: Int) -> Bool {
    var next = position + 1
    while next < scalars.count, scalars[next] == " " { next += 1 }
    return next < scalars.count && isHan(scalars[next])
  }

  /// The text of `range` (clamped).
  func string(_ range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, count))
    let upper = max(lower, min(range.upperBound, count))
    return String(scalars: scalars[lower..<upper])
  }

  /// The range of the clause holding `offset`.
  func clauseRange(at offset: Int) -> Range<Int> {
    guard offset >= 0, offset < count else { return offset..<offset }
    let id = clause[offset]
    var lower = offset
    while lower > 0, clause[lower - 1] == id { lower -= 1 }
    var upper = offset + 1
    while upper < count, clause[upper] == id { upper += 1 }
    return lower..<upper
  }

  /// Whether `a` and `b` are in the same clause.
  func sameClause(_ a: Int, _ b: Int) -> Bool {
    guard a >= 0, b >= 0, a < count, b < count else { return false }
    return clause[a] == clause[b]
  }

  static let clauseEnds: Set<Unicode.Scalar> = ["，", "；", ";", "。", "：", ":", "！", "!", "？", "?"]
  static let opening: Set<Unicode.Scalar> = ["(", "（", "[", "［", "【", "〔"]
  static let closing: Set<Unicode.Scalar> = [")", "）", "]", "］", "】", "〕"]

  /// Whether `scalar` is in ``opening`` (without hashing it).
  static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "(", "（", "[", "［", "【", "〔": true
    default: false
    }
  }

  /// Whether `scalar` is in ``closing``.
  static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ")", "）", "]", "］", "】", "〕": true
    default: false
    }
  }

  /// Whether `scalar` is in ``clauseEnds``.
  static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "，", "；", ";", "。", "：", ":", "！", "!", "？", "?": true
    default: false
    }
  }

  /// Latin letters and digits: the characters a Latin word is made of.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
      || (0x61...0x7A).contains(value) || (0xC0...0x24F).contains(value)
  }

  /// Latin letters only.
  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      || (0xC0...0x24F).contains(value)
  }

  /// Han ideographs (CJK unified ideographs and extension A, compatibility ideographs).
  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FA1F).contains(value)
  }
}
