/// Finds the label that opens a paragraph (`[摘要] …`, `Keywords: …`) the way
/// `HeadingRules.labelPattern` does, without compiling that case-insensitive pattern (compiling it
/// costs more than laying out a page). Where the answer could hang on Unicode rules the scanner
/// does not model (letters outside ASCII that case-fold to a label's letters, or the two spaces
/// whose class differs between Unicode's definitions), it leaves the text to the pattern.
enum LabelScanner {
  enum Answer: Equatable {
    /// The text does not open with a label.
    case none
    /// The label, as printed (spaces inside it kept).
    case some(String)
    /// Only the pattern can tell.
    case undecided
  }

  private struct Undecided: Error {}

  /// The pattern's labels in its order: each part is a scalar to match (Latin letters in either
  /// case); `nil` stands for a run of spaces.
  private static let labels: [[Unicode.Scalar?]] = [
    ["摘", nil, "要"], ["关", nil, "键", nil, "词"], ["关", nil, "键", nil, "字"],
    "abstract".unicodeScalars.map { $0 }, "keywords".unicodeScalars.map { $0 },
    ["k", "e", "y", nil, "w", "o", "r", "d", "s"], "summary".unicodeScalars.map { $0 },
  ]

  static func label(_ text: String) -> Answer {
    let scalars = Array(text.unicodeScalars)
    do {
      var index = try skipSpaces(scalars, from: 0)
      if index < scalars.count, "[【〔".unicodeScalars.contains(scalars[index]) {
        let start = try skipSpaces(scalars, from: index + 1)
        if let found = try label(scalars, at: start) { return .some(found) }
      }
      index = try skipSpaces(scalars, from: index)
      if let found = try label(scalars, at: index) { return .some(found) }
      return .none
    } catch {
      return .undecided
    }
  }

  /// The first label that matches at `start` and has a non-space scalar somewhere after it.
  private static func label(_ scalars: [Unicode.Scalar], at start: Int) throws -> String? {
    for parts in labels {
      guard let end = try match(parts, scalars, at: start) else { continue }
      if try skipSpaces(scalars, from: end) < scalars.count {
        return scalars[start..<end].map { $0 }.string
      }
    }
    return nil
  }

  /// Where `parts` end when they match at `start`, else `nil`.
  private static func match(_ parts: [Unicode.Scalar?], _ scalars: [Unicode.Scalar], at start: Int)
    throws -> Int?
  {
    var index = start
    for part in parts {
      guard let part else {
        index = try skipSpaces(scalars, from: index)
        continue
      }
      guard index < scalars.count else { return nil }
      let scalar = scalars[index]
      if scalar.isASCII {
        let value = scalar.value
        let lower = (0x41...0x5A).contains(value) ? value + 0x20 : value
        guard lower == part.value else { return nil }
      } else if scalar != part {
        // A letter outside ASCII may case-fold to a Latin letter (`ſ`, the Kelvin sign, `ﬆ`).
        if part.isASCII, !ScalarClass.isCJK(scalar) { throw Undecided() }
        return nil
      }
      index += 1
    }
    return index
  }

  /// The index of the first scalar at or after `start` that is not a space in the pattern's
  /// sense (`\s`).
  private static func skipSpaces(_ scalars: [Unicode.Scalar], from start: Int) throws -> Int {
    var index = start
    while index < scalars.count {
      let scalar = scalars[index]
      // Line tabulation and next line are spaces by one Unicode definition and not the other.
      if scalar.value == 0x0B || scalar.value == 0x85 { throw Undecided() }
      guard scalar.properties.isWhitespace else { break }
      index += 1
    }
    return index
  }
}
