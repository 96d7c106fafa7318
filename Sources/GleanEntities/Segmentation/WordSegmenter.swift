import GleanICU

/// Word segmentation for mixed Chinese and English text.
///
/// ICU's word break cuts identifiers apart (`miR|-|143|-|3p`) and lacks domain words
/// (`间|充|质|干|细胞`). So identifiers are found first and kept whole (letters, digits and Greek
/// letters joined by `-`, `/`, `.`, `~`: `miR-143-3p`, `HIF-1α`, `ERK1/2`, `MSC-Exo`); ICU's `zh`
/// word break cuts the Chinese between them; and domain words (the rules' list plus the
/// lexicon's Chinese names) are kept whole, longest first, wherever ICU cut them.
public struct WordSegmenter: Sendable {
  /// Domain words by their first scalar, longest first.
  private let words: [UInt32: [[Unicode.Scalar]]]
  private let breakers = BreakerPool(kind: .word)

  /// A segmenter with the rules' domain words and `names` (Chinese entity names).
  public init(rules: RecognizerRules, names: [String] = []) {
    var byFirst: [UInt32: [[Unicode.Scalar]]] = [:]
    for word in Set(rules.domainWords + names) {
      let scalars = TextNormalizer.normalize(word).scalars
      guard scalars.count >= 2, let first = scalars.first else { continue }
      byFirst[first.value, default: []].append(scalars)
    }
    for key in byFirst.keys { byFirst[key]?.sort { $0.count > $1.count } }
    words = byFirst
  }

  /// The words of `text` (white space left out; a punctuation mark is a word of its own), as
  /// Unicode scalar ranges of `text`.
  public func words(in text: String) -> [Range<Int>] {
    let normalized = TextNormalizer.normalize(text)
    return words(in: normalized).map { normalized.inputRange($0) }
  }

  /// The words of normalised text, as ranges of its scalars.
  func words(in text: NormalizedText) -> [Range<Int>] {
    breakers.with { breaker in words(in: text, breaker: breaker) }
  }

  private func words(in text: NormalizedText, breaker: TextBreaker?) -> [Range<Int>] {
    let scalars = text.scalars
    var result: [Range<Int>] = []
    var index = 0
    while index < scalars.count {
      let value = scalars[index].value
      if CharClass.isSpace(value) || CharClass.isLineBreak(value) {
        index += 1
      } else if CharClass.isIdentifierChar(value) {
        let end = identifierEnd(scalars, from: index)
        result.append(index..<end)
        index = end
      } else if CharClass.isIdeograph(value) {
        var end = index
        while end < scalars.count, CharClass.isIdeograph(scalars[end].value) { end += 1 }
        result += chinese(index..<end, text, breaker)
        index = end
      } else {
        result.append(index..<(index + 1))
        index += 1
      }
    }
    return result
  }

  /// The end of the identifier starting at `start`: identifier characters, joined by single
  /// `-`, `/`, `.`, `~` or `*` between them.
  private func identifierEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var end = start
    while end < scalars.count {
      let value = scalars[end].value
      if CharClass.isIdentifierChar(value) {
        end += 1
      } else if value == 0x2D || value == 0x2F || value == 0x2E || value == 0x7E || value == 0x2A,
        end + 1 < scalars.count, CharClass.isIdentifierChar(scalars[end + 1].value)
      {
        end += 1
      } else {
        break
      }
    }
    return end
  }

  /// A run of ideographs cut by ICU, with domain words kept whole.
  private func chinese(_ run: Range<Int>, _ text: NormalizedText, _ breaker: TextBreaker?)
    -> [Range<Int>]
  {
    let scalars = text.scalars
    var cuts = Set<Int>()
    let units = Array(
      text.utf16[Int(text.utf16AtScalar[run.lowerBound])..<Int(text.utf16AtScalar[run.upperBound])])
    let base = Int(text.utf16AtScalar[run.lowerBound])
    if let breaker, let segments = try? breaker.segments(of: units) {
      for segment in segments { cuts.insert(Int(text.scalarAtUTF16[base + segment.end])) }
    } else {
      for index in run { cuts.insert(index + 1) }
    }
    // Domain words, leftmost longest: no cut inside, cuts at both ends.
    var index = run.lowerBound
    while index < run.upperBound {
      guard let candidates = words[scalars[index].value] else {
        index += 1
        continue
      }
      var matched = false
      for word in candidates where index + word.count <= run.upperBound {
        if scalars[index..<(index + word.count)].elementsEqual(word) {
          for inner in (index + 1)..<(index + word.count) { cuts.remove(inner) }
          cuts.insert(index)
          cuts.insert(index + word.count)
          index += word.count
          matched = true
          break
        }
      }
      if !matched { index += 1 }
    }
    var result: [Range<Int>] = []
    var start = run.lowerBound
    for cut in cuts.sorted() where cut > start && cut <= run.upperBound {
      result.append(start..<cut)
      start = cut
    }
    if start < run.upperBound { result.append(start..<run.upperBound) }
    return result
  }
}
