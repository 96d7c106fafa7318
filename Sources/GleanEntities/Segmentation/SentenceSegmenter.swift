import GleanICU

/// Splits mixed Chinese and English text into sentences.
///
/// ICU's sentence rules (`zh`) run on the normalised text; then: a full-width `；` ends a
/// sentence too; a stop after an abbreviation from the rules (`et al.`, `e.g.`, `Fig.`) does not;
/// a citation marker after a stop (`[25]`, `[29-30]`) stays with the sentence before it; and no
/// sentence starts at `等[25]`. Hard breaks of the normalised text (headings, table cells) always
/// end a sentence.
public struct SentenceSegmenter: Sendable {
  private let abbreviations: [[Unicode.Scalar]]
  private let breakers = BreakerPool(kind: .sentence)

  /// A segmenter using the sentence abbreviations of `rules`.
  public init(rules: RecognizerRules) {
    abbreviations = rules.sentenceAbbreviations.map { Array($0.unicodeScalars) }
      .filter { !$0.isEmpty }
  }

  /// The sentences of `text`, as Unicode scalar ranges of `text`, trimmed of white space.
  public func sentences(in text: String) -> [Range<Int>] {
    let normalized = TextNormalizer.normalize(text)
    return sentences(in: normalized).map { normalized.inputRange($0) }
  }

  /// The sentences of normalised text, as ranges of its scalars.
  func sentences(in text: NormalizedText) -> [Range<Int>] {
    let scalars = text.scalars
    guard !scalars.isEmpty else { return [] }
    var cuts = icuCuts(text)
    // Full-width semicolons (normalised to `;`) end Chinese clauses.
    for index in scalars.indices where scalars[index] == ";" {
      if text.input[Int(text.origin[index])].value == 0xFF1B {
        cuts.append(index + 1)
      }
    }
    for index in scalars.indices where scalars[index] == "\n" {
      cuts.append(index + 1)
    }
    cuts.sort()
    var kept: [Int] = []
    for cut in cuts where cut > 0 && cut < scalars.count {
      if let adjusted = adjust(cut, in: scalars), adjusted != kept.last {
        kept.append(adjusted)
      }
    }
    var ranges: [Range<Int>] = []
    var start = 0
    for cut in kept + [scalars.count] where cut > start {
      if let trimmed = trim(start..<cut, in: scalars) { ranges.append(trimmed) }
      start = cut
    }
    return ranges
  }

  /// ICU's sentence boundaries as scalar offsets; none when ICU cannot open a breaker.
  private func icuCuts(_ text: NormalizedText) -> [Int] {
    let segments = breakers.with { breaker in try? breaker?.segments(of: text.utf16) }
    return (segments ?? []).map { Int(text.scalarAtUTF16[$0.end]) }
  }

  /// The cut moved or dropped by the abbreviation and citation rules; `nil` to drop it.
  private func adjust(_ cut: Int, in scalars: [Unicode.Scalar]) -> Int? {
    var cut = cut
    // ICU keeps an opening bracket after a stop with the sentence before (`shown.[25]` is cut
    // after `[`): the bracket opens what follows.
    while cut > 1, scalars[cut - 1] == "[" || scalars[cut - 1] == "(" { cut -= 1 }
    var last = cut - 1
    while last > 0, scalars[last] == " " { last -= 1 }
    if scalars[last] == "\n" { return cut }
    var next = cut
    while next < scalars.count, scalars[next] == " " { next += 1 }
    guard next < scalars.count else { return cut }
    if scalars[last] == "." && endsWithAbbreviation(scalars, at: last) { return nil }
    // `等[25]` continues an author name.
    if scalars[next] == "等", next + 1 < scalars.count, scalars[next + 1] == "[" { return nil }
    if let end = citationEnd(scalars, at: next) {
      var after = end
      while after < scalars.count, scalars[after] == " " { after += 1 }
      return after < scalars.count ? after : nil
    }
    return cut
  }

  /// Whether the text ending at the stop `at` ends with an abbreviation, standing as a word.
  private func endsWithAbbreviation(_ scalars: [Unicode.Scalar], at stop: Int) -> Bool {
    for abbreviation in abbreviations {
      let start = stop + 1 - abbreviation.count
      guard start >= 0, scalars[start...stop].elementsEqual(abbreviation) else { continue }
      if start == 0 || !CharClass.isIdentifierChar(scalars[start - 1].value) { return true }
    }
    return false
  }

  /// The end of a citation marker (`[25]`, `[29-30]`, `[1, 3]`) starting at `start`, if any.
  private func citationEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
    guard scalars[start] == "[" else { return nil }
    var index = start + 1
    var digits = 0
    while index < scalars.count, index - start < 40 {
      let value = scalars[index].value
      if CharClass.isDigit(value) {
        digits += 1
      } else if value == 0x5D {  // ]
        return digits > 0 ? index + 1 : nil
      } else if !(value == 0x2D || value == 0x2C || value == 0x20 || value == 0x7E) {
        return nil
      }
      index += 1
    }
    return nil
  }

  private func trim(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, scalars[lower] == " " || scalars[lower] == "\n" { lower += 1 }
    while upper > lower, scalars[upper - 1] == " " || scalars[upper - 1] == "\n" { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }
}
