import GleanLexicon

/// Paper-local abbreviations. A definition such as `非小细胞肺癌（non-small cell lung cancer, NSCLC）`,
/// or a glossary footnote such as `NCOR1：核受体辅助抑制因子1；PDCD4：程序性细胞死亡因子4`, teaches the
/// rest of the paper: an abbreviation the lexicon lacks takes the entity of its long form; a
/// Chinese name the lexicon lacks takes the entity of its abbreviation; and an abbreviation whose
/// long form names no entity (`TME`, `EMT`) is not taken as a gene however HGNC lists it.
struct AbbreviationLearner: Sendable {
  private let open: ScalarSet
  private let close: ScalarSet
  private let split: ScalarSet
  private let gloss: ScalarSet
  private let entryEnd: ScalarSet
  /// Words of a long form that name a gene product; without one, a long form that resolves to
  /// nothing makes its abbreviation a non-entity.
  private static let proteinWords = [
    "protein", "kinase", "factor", "ligand", "receptor", "antigen", "enzyme", "ase ", "in ",
    "蛋白", "因子", "激酶", "受体", "配体", "抗原", "酶", "素",
  ]

  init(rules: RecognizerRules) {
    let separators = rules.abbreviationSeparators
    func set(_ kind: String, _ fallback: [String]) -> ScalarSet {
      ScalarSet((separators[kind] ?? fallback).flatMap { TextNormalizer.normalize($0).scalars })
    }
    open = set("open", ["("])
    close = set("close", [")"])
    split = set("split", [","])
    gloss = set("gloss", [":"])
    entryEnd = set("entry_end", [";"])
  }

  /// What a paper teaches.
  struct Lessons {
    /// Abbreviation → the entity it stands for in this paper.
    var abbreviations: [String: Resolution] = [:]
    /// Chinese name → the entity it stands for in this paper.
    var names: [String: Resolution] = [:]
    /// Abbreviations that name no entity in this paper.
    var notEntities: Set<String> = []
  }

  func learn(_ text: NormalizedText, candidates: [Candidate], resolver: inout NameResolver)
    -> Lessons
  {
    var lessons = Lessons()
    let scalars = text.scalars
    // Candidates by start and by end, built on first use (most brackets hold no definition).
    var byEnd: [Int: [Int]]?
    var byStart: [Int: [Int]]?
    func index() {
      guard byEnd == nil else { return }
      var ends: [Int: [Int]] = [:]
      var starts: [Int: [Int]] = [:]
      for (index, candidate) in candidates.enumerated() where candidate.type != .mirna {
        ends[candidate.range.upperBound, default: []].append(index)
        starts[candidate.range.lowerBound, default: []].append(index)
      }
      byEnd = ends
      byStart = starts
    }
    func exactly(_ range: Range<Int>) -> Resolution? {
      index()
      let trimmed = trim(range, scalars)
      return byStart?[trimmed.lowerBound]?.lazy.map { candidates[$0] }
        .first { $0.range == trimmed }.map(Self.resolution)
    }
    func ending(at end: Int) -> Resolution? {
      index()
      return byEnd?[end]?.map { candidates[$0] }.max { $0.range.count < $1.range.count }
        .map(Self.resolution)
    }
    for index in scalars.indices {
      let scalar = scalars[index]
      if open.contains(scalar) {
        definition(at: index, text, exactly, ending, &lessons, &resolver)
      } else if gloss.contains(scalar) {
        glossary(at: index, text, exactly, &lessons, &resolver)
      }
    }
    return lessons
  }

  /// `LONG（long, ABBR）` or `LONG（ABBR）` with the bracket at `start`.
  private func definition(
    at start: Int, _ text: NormalizedText, _ exactly: (Range<Int>) -> Resolution?,
    _ ending: (Int) -> Resolution?, _ lessons: inout Lessons, _ resolver: inout NameResolver
  ) {
    let scalars = text.scalars
    var end = start + 1
    while end < scalars.count, end - start <= 150, !close.contains(scalars[end]) {
      if open.contains(scalars[end]) || scalars[end] == "\n" { return }
      end += 1
    }
    guard end < scalars.count, close.contains(scalars[end]) else { return }
    var splitAt: Int?
    for index in stride(from: end - 1, to: start, by: -1) where split.contains(scalars[index]) {
      splitAt = index
      break
    }
    let abbrRange = trim((splitAt.map { $0 + 1 } ?? start + 1)..<end, scalars)
    let abbr = text.text(abbrRange)
    guard Self.isAbbreviation(abbrRange, scalars) else { return }
    let own =
      exactly(abbrRange)
      ?? resolver.symbol(at: abbrRange, in: text, beforeCells: false)
      ?? resolver.exosomeSource(abbr)
    var longEntity: Resolution?
    var longText = ""
    if let splitAt {
      let longRange = trim((start + 1)..<splitAt, scalars)
      guard longRange.count >= 3 else { return }
      longText = text.text(longRange)
      longEntity = exactly(longRange) ?? lookUp(longRange, text, resolver: &resolver)
    }
    var before = start
    while before > 0, scalars[before - 1] == " " { before -= 1 }
    if longEntity == nil { longEntity = ending(before) }
    if let longEntity {
      if own == nil || own?.type != longEntity.type {
        var taught = longEntity
        taught.rule = "abbreviation.definition"
        taught.flags.append("paper-abbreviation")
        lessons.abbreviations[abbr] = taught
      }
    } else if let own, own.type == .gene || own.type == .family, own.rule != "gene.symbol",
      !longText.isEmpty,
      !Self.proteinWords.contains(where: { longText.lowercased().contains($0) })
    {
      lessons.notEntities.insert(abbr)
    }
  }

  /// `ABBR：中文名；` with the colon at `colon`.
  private func glossary(
    at colon: Int, _ text: NormalizedText, _ exactly: (Range<Int>) -> Resolution?,
    _ lessons: inout Lessons, _ resolver: inout NameResolver
  ) {
    let scalars = text.scalars
    var abbrEnd = colon
    if abbrEnd > 0, scalars[abbrEnd - 1] == " " { abbrEnd -= 1 }
    var abbrStart = abbrEnd
    while abbrStart > 0, abbrEnd - abbrStart < 16,
      CharClass.isIdentifierChar(scalars[abbrStart - 1].value) || scalars[abbrStart - 1] == "-"
    {
      abbrStart -= 1
    }
    guard abbrStart < abbrEnd, CharClass.isASCIILetter(scalars[abbrStart].value) else { return }
    var nameStart = colon + 1
    if nameStart < scalars.count, scalars[nameStart] == " " { nameStart += 1 }
    var nameEnd = nameStart
    while nameEnd < scalars.count, nameEnd - nameStart <= 40 {
      let scalar = scalars[nameEnd]
      if entryEnd.contains(scalar) || scalar == "\n" { break }
      if gloss.contains(scalar) || open.contains(scalar) || close.contains(scalar) { return }
      nameEnd += 1
    }
    guard nameEnd - nameStart >= 2, nameEnd - nameStart <= 40 else { return }
    let nameRange = trim(nameStart..<nameEnd, scalars)
    guard scalars[nameRange].contains(where: { CharClass.isIdeograph($0.value) }) else { return }
    let abbr = text.text(abbrStart..<abbrEnd)
    let name = text.text(nameRange)
    let own = resolver.symbol(at: abbrStart..<abbrEnd, in: text, beforeCells: false)
    let named = exactly(nameRange) ?? lookUp(nameRange, text, resolver: &resolver)
    if let own, named == nil {
      var taught = own
      taught.rule = "abbreviation.glossary"
      taught.flags.append("paper-glossary")
      lessons.names[name] = taught
    } else if own == nil, let named {
      var taught = named
      taught.rule = "abbreviation.glossary"
      taught.flags.append("paper-glossary")
      lessons.abbreviations[abbr] = taught
    }
  }

  /// Candidates for every occurrence of what the paper taught.
  func apply(
    _ lessons: Lessons, text: NormalizedText, tokens: [TextToken], blocked: [Bool],
    groups: inout Int
  ) -> [Candidate] {
    var result: [Candidate] = []
    let scalars = text.scalars
    // Taught abbreviations: at the start of Latin tokens, standing as whole words.
    let abbreviations = Needles(lessons.abbreviations)
    if !abbreviations.isEmpty {
      for index in tokens.indices where tokens[index].kind == .latin && !blocked[index] {
        if index > 0, tokens[index].gap == .none, tokens[index - 1].kind == .latin { continue }
        let start = Int(tokens[index].start)
        guard let (option, end) = abbreviations.match(scalars, at: start, wholeWord: true) else {
          continue
        }
        groups += 1
        result.append(
          Candidate(abbreviations.entities[option], range: start..<end, group: groups, priority: 55)
        )
      }
    }
    // Taught Chinese names: wherever written.
    let names = Needles(lessons.names)
    if !names.isEmpty {
      var index = 0
      while index < scalars.count {
        guard let (option, end) = names.match(scalars, at: index, wholeWord: false) else {
          index += 1
          continue
        }
        groups += 1
        result.append(
          Candidate(names.entities[option], range: index..<end, group: groups, priority: 55))
        index = end
      }
    }
    return result
  }

  /// Taught texts stored flat, longest first, with a first-scalar filter and, by first scalar,
  /// the needles that start with it (so that a position is compared with those only, however
  /// many the paper taught).
  private struct Needles {
    private var store: [Unicode.Scalar] = []
    private var bounds: [Range<Int>] = []
    private(set) var entities: [Resolution] = []
    private var firsts = FirstUnitFilter([])
    private var byFirst: [UInt32: [Int]] = [:]

    init(_ taught: [String: Resolution]) {
      let sorted = taught.map { (Array($0.key.unicodeScalars), $0.value) }
        .filter { !$0.0.isEmpty }.sorted { $0.0.count > $1.0.count }
      var firstUnits: [[UInt16]] = []
      for (needle, entity) in sorted {
        bounds.append(store.count..<(store.count + needle.count))
        store.append(contentsOf: needle)
        entities.append(entity)
        firstUnits.append([UInt16(truncatingIfNeeded: needle[0].value)])
        byFirst[needle[0].value, default: []].append(bounds.count - 1)
      }
      firsts = FirstUnitFilter(firstUnits)
    }

    var isEmpty: Bool { entities.isEmpty }

    /// The first (longest) needle written at `start`, and its end.
    func match(_ scalars: [Unicode.Scalar], at start: Int, wholeWord: Bool) -> (Int, Int)? {
      let first = scalars[start].value
      guard firsts.allows(UInt16(truncatingIfNeeded: first)), let options = byFirst[first] else {
        return nil
      }
      for option in options {
        let range = bounds[option]
        let end = start + range.count
        guard end <= scalars.count else { continue }
        var equal = true
        var offset = 1
        while offset < range.count {
          if scalars[start + offset] != store[range.lowerBound + offset] {
            equal = false
            break
          }
          offset += 1
        }
        guard equal else { continue }
        if wholeWord {
          if end < scalars.count, CharClass.isIdentifierChar(scalars[end].value) { continue }
          if end + 1 < scalars.count, scalars[end] == "-",
            CharClass.isIdentifierChar(scalars[end + 1].value)
          {
            continue
          }
        }
        return (option, end)
      }
      return nil
    }
  }

  /// A handful of separator scalars, tested without hashing.
  struct ScalarSet: Sendable {
    private let values: [UInt32]

    init(_ scalars: [Unicode.Scalar]) {
      values = Array(Set(scalars.map(\.value))).sorted()
    }

    @inline(__always) func contains(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      for candidate in values where candidate == value { return true }
      return false
    }
  }

  /// 2 to 15 scalars, no space, starting with a letter, with a capital: `NSCLC`, `PD-L1`,
  /// `ERK1/2`, `circRNA`, `MSC-Exo`.
  static func isAbbreviation(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
    guard (2...15).contains(range.count), CharClass.isASCIILetter(scalars[range.lowerBound].value)
    else { return false }
    var upper = false
    for scalar in scalars[range] {
      let value = scalar.value
      if CharClass.isASCIIUpper(value) { upper = true }
      guard CharClass.isIdentifierChar(value) || scalar == "-" || scalar == "/" else {
        return false
      }
    }
    return upper
  }

  private func trim(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, scalars[lower] == " " { lower += 1 }
    while upper > lower, scalars[upper - 1] == " " { upper -= 1 }
    return lower..<upper
  }

  private static func resolution(_ candidate: Candidate) -> Resolution {
    Resolution(
      type: candidate.type, normalized: candidate.normalized, ids: candidate.ids,
      rule: candidate.rule, flags: candidate.flags, members: candidate.members)
  }

  /// A long form looked up as a whole: cancer, exosome source, gene or family.
  private func lookUp(_ range: Range<Int>, _ text: NormalizedText, resolver: inout NameResolver)
    -> Resolution?
  {
    let kinds = resolver.symbols.kinds(text.scalars, range)
    guard !kinds.isEmpty else { return nil }
    let written = text.text(range)
    if kinds.contains(.cancer), let cancer = resolver.cancer(written) { return cancer }
    if kinds.contains(.exosomeSource), let source = resolver.exosomeSource(written) {
      return source
    }
    return resolver.protein(written, shape: .phrase)
  }
}
