import Foundation
import GleanLexicon

/// Exosome sources written as a source abbreviation joined to a carrier word (`ADSC-Exos`,
/// `M2-EVs`, `CAF-derived exosomes`) that the lexicon may not list; and Chinese origin words
/// written before a known source (`脂肪来源` + `MSC-Exo`).
struct ExosomeMatcher: Sendable {
  private let carriers: Set<String>
  private let linkWords: Set<String>
  private let modifiers: [[Unicode.Scalar]]

  init(rules: RecognizerRules) {
    carriers = Set(rules.exosomeCarriers.filter { $0.unicodeScalars.allSatisfy(\.isASCII) })
    linkWords = Set(
      rules.exosomeLinks.filter { $0.unicodeScalars.allSatisfy(\.isASCII) }.map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: "- "))
      }.filter { !$0.isEmpty })
    modifiers = rules.exosomeModifiers.map { Array($0.unicodeScalars) }
      .sorted { $0.count > $1.count }
  }

  /// Generic `SOURCE-Exo` candidates: the source must have a capital (an abbreviation of a cell).
  func run(
    _ text: NormalizedText, tokens: [TextToken], blocked: [Bool], lexicon: Lexicon,
    groups: inout Int
  ) -> [Candidate] {
    var result: [Candidate] = []
    for (index, token) in tokens.enumerated()
    where token.kind == .latin && token.length <= 9 && index > 0 && !blocked[index] {
      let first = text.scalars[Int(token.start)]
      guard first == "E" || first == "e" || first == "s", carriers.contains(text.text(token.range))
      else { continue }
      // The link: `-`, a space, or a link word (`derived`, `secreted`).
      var sourceEnd = index - 1
      guard token.gap == .hyphen || token.gap == .soft else { continue }
      if tokens[sourceEnd].kind == .latin, linkWords.contains(text.text(tokens[sourceEnd].range)),
        sourceEnd > 0
      {
        sourceEnd -= 1
      }
      guard tokens[sourceEnd].kind == .latin, !blocked[sourceEnd] else { continue }
      var sourceStart = sourceEnd
      while sourceStart > 0, sourceEnd - sourceStart < 3, tokens[sourceStart].gap == .hyphen,
        tokens[sourceStart - 1].kind == .latin, !blocked[sourceStart - 1]
      {
        sourceStart -= 1
      }
      let sourceRange = Int(tokens[sourceStart].start)..<Int(tokens[sourceEnd].end)
      let source = text.text(sourceRange)
      guard source.unicodeScalars.contains(where: { CharClass.isASCIIUpper($0.value) }),
        source.unicodeScalars.count >= 2
      else { continue }
      let range = sourceRange.lowerBound..<Int(token.end)
      let written = text.text(range)
      groups += 1
      if let entry = lexicon.exosomeSource(written) {
        result.append(
          Candidate(NameResolver.exosome(entry, rule: "exosome.name"), range: range, group: groups))
      } else if let entry = lexicon.exosomeSource(source + "-Exo") {
        result.append(
          Candidate(
            NameResolver.exosome(entry, rule: "exosome.pattern"), range: range, group: groups))
      } else {
        result.append(
          Candidate(
            type: .exosomeSource, range: range, normalized: source + "-Exo", ids: [],
            rule: "exosome.pattern", flags: ["not-in-lexicon"], priority: 50,
            rank: 6, group: groups))
      }
    }
    return result
  }

  /// Extends exosome-source candidates over an origin word written right before them when the
  /// lexicon knows the longer name.
  func extend(_ candidates: inout [Candidate], text: NormalizedText, lexicon: Lexicon) {
    for index in candidates.indices where candidates[index].type == .exosomeSource {
      let start = candidates[index].range.lowerBound
      for modifier in modifiers where modifier.count <= start {
        let from = start - modifier.count
        guard text.scalars[from..<start].elementsEqual(modifier) else { continue }
        let longer = from..<candidates[index].range.upperBound
        if let entry = lexicon.exosomeSource(text.text(longer)) {
          let group = candidates[index].group
          candidates[index] = Candidate(
            NameResolver.exosome(entry, rule: "exosome.name"), range: longer, group: group)
          break
        }
      }
    }
  }
}
