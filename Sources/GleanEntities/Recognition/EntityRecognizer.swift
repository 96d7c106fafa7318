import Foundation
import GleanLexicon

/// Recognises and normalises miRNA, gene, family, pathway, cell-line, cancer and exosome-source
/// mentions in page text.
///
/// Built once from a ``Lexicon`` and ``RecognizerRules`` and shared: ``recognize(_:)`` is a pure
/// function of its input. Identifiers are found by pattern on the normalised text (ICU's word
/// break would cut `miR-143-3p` apart); names are looked up in the lexicon.
public struct EntityRecognizer: Sendable {
  /// The rules in use.
  public let rules: RecognizerRules
  let lexicon: Lexicon
  /// The sentence segmenter recognition uses.
  public let segmenter: SentenceSegmenter
  let mirnaScanner: MirnaScanner
  let mirnaResolver: MirnaResolver
  let dictionary: DictionaryMatcher
  let pathways: PathwayMatcher
  let exosomes: ExosomeMatcher
  let abbreviations: AbbreviationLearner
  let stoplist: [String: Set<String>]
  /// Hashes of every text the lexicon can resolve.
  let symbols: SymbolFilter
  /// Word segmentation with the rules' domain words and the lexicon's Chinese names.
  public let wordSegmenter: WordSegmenter

  /// Builds the recogniser.
  /// - Parameters:
  ///   - lexicon: the dictionaries names resolve against.
  ///   - rules: the recogniser rules.
  ///   - dictionaries: the folder `lexicon` was loaded from, whose names are indexed for
  ///     finding multi-word and Chinese names; `nil` for the lexicon's bundled folder.
  /// - Throws: ``RulesError`` when a rule file yields an invalid pattern or a dictionary file
  ///   cannot be read.
  public init(lexicon: Lexicon, rules: RecognizerRules, dictionaries: URL? = nil)
    throws(RulesError)
  {
    self.rules = rules
    self.lexicon = lexicon
    segmenter = SentenceSegmenter(rules: rules)
    mirnaScanner = MirnaScanner(rules: rules)
    mirnaResolver = MirnaResolver(lexicon: lexicon, rules: rules)
    let folder: URL
    if let dictionaries {
      folder = dictionaries
    } else {
      do {
        folder = try Lexicon.bundledDirectory()
      } catch {
        throw RulesError(file: "GleanLexicon", reason: "\(error)")
      }
    }
    let catalog = try LexiconNames.catalog(directory: folder)
    symbols = catalog.symbols
    var stop: [String: Set<String>] = [:]
    for entry in rules.stoplist { stop[entry.text, default: []].insert(entry.type) }
    stoplist = stop
    // Chinese names resolve once, here (see ``DictionaryMatcher/PresetIndex``).
    var resolver = NameResolver(lexicon: lexicon, stoplist: stop, symbols: catalog.symbols)
    var preset: [UInt64: Resolution] = [:]
    for name in catalog.chineseNames
    where name.unicodeScalars.contains(where: { CharClass.isIdeograph($0.value) }) {
      guard let (hash, kinds) = catalog.index.entry(name), preset[hash] == nil else { continue }
      let text = TextNormalizer.normalize(name)
      if let resolved = resolver.phrase(
        at: 0..<text.count, in: text, kinds: kinds, singleToken: false)
      {
        preset[hash] = resolved
      }
    }
    dictionary = DictionaryMatcher(
      index: DictionaryMatcher.PresetIndex(phrases: catalog.index, preset: preset))
    wordSegmenter = WordSegmenter(rules: rules, names: catalog.chineseNames)
    pathways = PathwayMatcher(rules: rules)
    exosomes = ExosomeMatcher(rules: rules)
    abbreviations = AbbreviationLearner(rules: rules)
  }

  /// The mentions in `text`, ordered by start, with offsets in Unicode scalars of `text` and
  /// page 0.
  public func recognize(_ text: String) -> [Mention] {
    let normalized = TextNormalizer.normalize(text)
    let sentences = segmenter.sentences(in: normalized)
    var groups = 0
    var candidates = mirnaCandidates(normalized, groups: &groups)
    let tokens = TextTokenizer.tokens(normalized.scalars)
    let blocked = Self.blocked(tokens, by: candidates.map(\.range))
    var resolver = NameResolver(lexicon: lexicon, stoplist: stoplist, symbols: symbols)

    var found = dictionary.run(
      .init(text: normalized, tokens: tokens, blocked: blocked), resolver: &resolver,
      groups: &groups)
    found.candidates += exosomes.run(
      normalized, tokens: tokens, blocked: blocked, lexicon: lexicon, groups: &groups)
    exosomes.extend(&found.candidates, text: normalized, lexicon: lexicon)

    let lessons = abbreviations.learn(normalized, candidates: found.candidates, resolver: &resolver)
    var names = found.candidates
    if !lessons.notEntities.isEmpty {
      names.removeAll { lessons.notEntities.contains(normalized.text($0.range)) }
    }
    names += abbreviations.apply(
      lessons, text: normalized, tokens: tokens, blocked: blocked, groups: &groups)

    let pathwayCandidates = pathways.run(
      .init(
        text: normalized, tokens: tokens, blocked: blocked,
        names: names.filter { $0.type == .gene || $0.type == .family },
        pathwayNames: found.pathwayNames),
      lexicon: lexicon, resolver: &resolver, groups: &groups)
    candidates += names + pathwayCandidates
    return makeMentions(candidates, normalized: normalized, sentences: sentences)
  }

  /// For each token, whether it lies inside one of `ranges` (sorted by start).
  static func blocked(_ tokens: [TextToken], by ranges: [Range<Int>]) -> [Bool] {
    var result = [Bool](repeating: false, count: tokens.count)
    guard !ranges.isEmpty else { return result }
    let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
    var cursor = 0
    for (index, token) in tokens.enumerated() {
      while cursor < sorted.count, sorted[cursor].upperBound <= Int(token.start) { cursor += 1 }
      if cursor < sorted.count, sorted[cursor].overlaps(token.range) { result[index] = true }
    }
    return result
  }

  /// Turns candidates (normalised scalar ranges) into mentions with input offsets and sentences.
  func makeMentions(
    _ candidates: [Candidate], normalized: NormalizedText, sentences: [Range<Int>]
  ) -> [Mention] {
    let chosen = Candidate.resolveOverlaps(candidates)
    let scalars = normalized.input
    var mentions: [Mention] = []
    mentions.reserveCapacity(chosen.count)
    var sentenceIndex = 0
    var cached: (index: Int, text: String) = (-1, "")
    for candidate in chosen {
      while sentenceIndex < sentences.count,
        sentences[sentenceIndex].upperBound <= candidate.range.lowerBound
      {
        sentenceIndex += 1
      }
      var sentence = ""
      if sentenceIndex < sentences.count,
        sentences[sentenceIndex].contains(candidate.range.lowerBound)
      {
        if cached.index != sentenceIndex {
          cached = (sentenceIndex, normalized.displayText(sentences[sentenceIndex]))
        }
        sentence = cached.text
      }
      let span = normalized.inputRange(candidate.range)
      mentions.append(
        Mention(
          type: candidate.type, text: ScalarText.string(scalars[span]),
          normalized: candidate.normalized,
          ids: candidate.ids, page: 0, start: span.lowerBound, end: span.upperBound,
          sentence: sentence, rule: candidate.rule, flags: candidate.flags, role: candidate.role,
          members: candidate.members))
    }
    return mentions
  }

  /// miRNA candidates: one per written miRNA (a list gives several over the same span).
  func mirnaCandidates(_ text: NormalizedText, groups: inout Int) -> [Candidate] {
    var result: [Candidate] = []
    var cache = MirnaResolver.Cache()
    for hit in mirnaScanner.scan(text) {
      let range = text.scalarRange(
        utf16: NSRange(location: hit.range.lowerBound, length: hit.range.count))
      let resolved = mirnaResolver.resolve(hit, cache: &cache)
      let rule: String
      if hit.roleInName {
        rule = "mirna.oligo"
      } else if hit.named != nil && hit.shape != .cluster {
        rule = "mirna.named"
      } else if hit.shape == .cluster {
        rule = "mirna.cluster"
      } else if hit.geneSymbol {
        rule = "mirna.gene-symbol"
      } else if hit.shape == .list {
        rule = "mirna.list"
      } else {
        rule = "mirna.name"
      }
      groups += 1
      for item in resolved {
        var flags = item.flags
        if hit.shape == .list { flags.insert("list", at: 0) }
        result.append(
          Candidate(
            type: .mirna, range: range, normalized: item.normalized, ids: item.ids, rule: rule,
            flags: flags, role: hit.role, members: item.members, priority: 100, rank: 7,
            group: groups))
      }
    }
    return result
  }
}
