import Foundation

/// Rules for joining printed pieces and lines into text.
enum TextRules {
  /// `text.trimmingCharacters(in: set)` for a set of spaces and line breaks, without the trip
  /// through `NSString` when neither end can be one (the first trip sets up more than a short
  /// paper's layout costs).
  static func trimming(_ text: String, _ set: CharacterSet) -> String {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
      isKept(first), isKept(last)
    else { return text.trimmingCharacters(in: set) }
    return text
  }

  /// Whether `scalar` is in no set of spaces and line breaks: those are all separators (`Z*`),
  /// controls or format characters.
  private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
    if (0x21...0x7E).contains(scalar.value) { return true }
    switch scalar.properties.generalCategory {
    case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: return false
    default: return true
    }
  }

  /// Whether `a` followed by `b` is written without a space between them: CJK next to CJK, or
  /// either is wide (ideographic, full-width) punctuation.
  static func gluesWithoutSpace(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    if ScalarClass.isWidePunctuation(a) || ScalarClass.isWidePunctuation(b) { return true }
    return ScalarClass.isCJK(a) && ScalarClass.isCJK(b)
  }

  /// Punctuation that never takes a space before it in Latin text.
  static func closesWithoutSpace(_ s: Unicode.Scalar) -> Bool {
    ",.;:!?)]}%".unicodeScalars.contains(s)
  }

  /// Punctuation that never takes a space after it in Latin text.
  static func opensWithoutSpace(_ s: Unicode.Scalar) -> Bool {
    "([{".unicodeScalars.contains(s)
  }

  /// Whether a space between `a` and `b` (the scalar after `a`'s word) is spurious: between CJK
  /// characters, next to wide punctuation, or after the unit prefix μ (`μ g/mL` → `μg/mL`).
  static func dropsSpace(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    gluesWithoutSpace(a, b)
  }

  /// Whether `text` ends in the unit prefix μ after a number (`10 μ`, `5μ`).
  static func endsInUnitPrefix(_ text: [Unicode.Scalar]) -> Bool {
    guard let last = text.last, last == "μ" || last == "µ", text.count >= 2 else { return false }
    var index = text.count - 2
    if text[index] == " ", index > 0 { index -= 1 }
    return ScalarClass.isDigit(text[index])
  }

  /// Removes spaces that stand between two CJK characters or next to wide punctuation (justified
  /// CJK lines: `平 均 低 于` → `平均低于`) or after the unit prefix μ, and collapses other runs
  /// of spaces to one.
  static func normalizeSpaces(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    // Most CJK pieces hold no space: nothing to do.
    guard scalars.contains(where: ScalarClass.isSpace) else { return scalars }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(scalars.count)
    var index = 0
    let count = scalars.count
    while index < count {
      let scalar = scalars[index]
      if ScalarClass.isSpace(scalar) {
        var next = index
        while next < count, ScalarClass.isSpace(scalars[next]) { next += 1 }
        if let last = out.last, next < count {
          let unit = endsInUnitPrefix(out) && ScalarClass.isLatinLetter(scalars[next])
          if !dropsSpace(last, scalars[next]), !unit { out.append(" ") }
        }
        index = next
        continue
      }
      out.append(scalar)
      index += 1
    }
    return out
  }

  /// How a line that ends in `left` continues with a line that starts with `right`.
  enum Join: Equatable {
    /// Append the next line directly.
    case direct
    /// Put one space between.
    case space
    /// Drop the last scalar of the line (a hyphen that only split a word), then append directly.
    case dropHyphen
  }

  /// Decides how to join two lines of one paragraph: CJK with no space, Latin with one; a
  /// line-end hyphen kept inside names (`miR-⏎143` → `miR-143`, `PD-⏎L1`, `MSC-⏎Exo`,
  /// `let-⏎7c`) and dropped where it only splits an English word (`develop-⏎ment`).
  static func join(
    _ left: [Unicode.Scalar], _ right: [Unicode.Scalar], vocabulary: Vocabulary? = nil
  ) -> Join {
    guard let last = left.last, let first = right.first else { return .direct }
    if last.value == 0xAD { return .dropHyphen }
    if ScalarClass.isHyphen(last) {
      if let vocabulary, let known = vocabulary.keepsHyphen(before: left, after: right) {
        return known ? .direct : .dropHyphen
      }
      return HyphenRule.keeps(before: left, after: right) ? .direct : .dropHyphen
    }
    if URLRule.continues(left, right) { return .direct }
    if gluesWithoutSpace(last, first) { return .direct }
    if ScalarClass.isCJK(last) || ScalarClass.isCJK(first) { return .direct }
    switch last.value {
    case 0x2F, 0x2013, 0x2014: return .direct  // '/', en dash, em dash
    default: return .space
    }
  }

  /// Appends `next` to `text` by the join rule; returns the offset in the result where `next`
  /// begins (after the space, if one was added).
  @discardableResult
  static func append(
    _ next: [Unicode.Scalar], to text: inout [Unicode.Scalar], vocabulary: Vocabulary? = nil
  ) -> Int {
    guard !text.isEmpty else {
      text.append(contentsOf: next)
      return 0
    }
    switch join(text, next, vocabulary: vocabulary) {
    case .direct: break
    case .space: text.append(" ")
    case .dropHyphen: text.removeLast()
    }
    let start = text.count
    text.append(contentsOf: next)
    return start
  }
}
