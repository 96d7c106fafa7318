import GleanLexicon

/// What a written name resolves to.
struct Resolution: Sendable {
  var type: EntityType
  var normalized: String
  var ids: [String]
  var rule: String
  var flags: [String] = []
  var members: [MentionMember] = []

  /// Tie-break between types over the same span: higher wins.
  var rank: Int {
    switch type {
    case .mirna: return 7
    case .exosomeSource: return 6
    case .pathway: return 5
    case .cancer: return 4
    case .cellLine: return 3
    case .family: return 2
    case .gene: return 1
    }
  }
}

/// Resolves written names through the lexicon, remembering answers for one text.
struct NameResolver {
  let lexicon: Lexicon
  /// Texts never taken as an entity, by type raw value (or `any`).
  let stoplist: [String: Set<String>]
  private var proteins: [String: Resolution?] = [:]
  private var symbolCache: [String: Resolution?] = [:]
  private var symbolsByHash = ResolutionCache()
  private var familyMembers: [String: [MentionMember]] = [:]

  /// Hashes of every text the lexicon can resolve: texts outside it are not looked up.
  let symbols: SymbolFilter
  private var phrases = ResolutionCache()

  init(lexicon: Lexicon, stoplist: [String: Set<String>], symbols: SymbolFilter) {
    self.lexicon = lexicon
    self.stoplist = stoplist
    self.symbols = symbols
  }

  func isStopped(_ text: String, as type: EntityType) -> Bool {
    guard let types = stoplist[text] else { return false }
    return types.contains("any") || types.contains(type.rawValue)
  }

  /// A gene or family for `text`, or `nil`. `shape` says how the text is written, which limits
  /// what kind of match is believed.
  mutating func protein(_ text: String, shape: WrittenShape, kinds: NameKinds? = nil)
    -> Resolution?
  {
    // A lower-case word names a family only from five letters on (`caspase`, not `can`).
    if shape == .lowercaseWord && text.unicodeScalars.count < 5 { return nil }
    let key = text
    if let known = proteins[key] { return known.map { adjusted($0, shape) } ?? nil }
    var result: Resolution?
    if !isStopped(text, as: .gene),
      !(kinds ?? symbols.kinds(text)).isDisjoint(with: [.gene, .family])
    {
      // Fast path: an approved symbol written as such, not refused (one exact look-up).
      if let gene = lexicon.gene(approvedSymbol: text), !lexicon.isNotAGene(text) {
        result = Resolution(
          type: .gene, normalized: gene.symbol, ids: [gene.hgncID], rule: "gene.symbol")
        proteins[key] = .some(result)
        return result.map { adjusted($0, shape) } ?? nil
      }
      switch lexicon.resolveProtein(text) {
      case .genes(let genes):
        if let best = genes.first {
          let tied = genes.filter { $0.matchedBy == best.matchedBy }
          var resolution = Resolution(
            type: .gene, normalized: best.symbol, ids: [best.hgncID],
            rule: Self.rule(best.matchedBy))
          if tied.count > 1 {
            resolution.flags.append("ambiguous")
            resolution.members = tied.map {
              MentionMember(type: .gene, normalized: $0.symbol, ids: [$0.hgncID])
            }
          }
          result = resolution
        }
      case .family(let family):
        if !isStopped(text, as: .family) {
          result = Resolution(
            type: .family, normalized: family.id, ids: ["FPLX:\(family.id)"],
            rule: "family.famplex", members: members(of: family))
        }
      case .notAGene, .unknown:
        result = nil
      }
    }
    proteins[key] = .some(result)
    return result.map { adjusted($0, shape) } ?? nil
  }

  /// Drops matches the way the text is written makes unlikely: a lower-case word is a gene only
  /// by its approved name; a short or title-case word only by a symbol.
  private func adjusted(_ resolution: Resolution, _ shape: WrittenShape) -> Resolution? {
    // A short lower-case family text (`can`, `map`) is an English word.
    if resolution.type == .family, shape == .lowercaseWord || shape == .short {
      return shape == .short ? nil : resolution
    }
    guard resolution.type == .gene else { return resolution }
    switch shape {
    case .lowercaseWord:
      return ["gene.name", "gene.zh", "gene.grounding"].contains(resolution.rule) ? resolution : nil
    case .short:
      return resolution.rule == "gene.symbol" ? resolution : nil
    case .titleCase:
      // `Bax`, `Myc`, but not the aliases English words and journal abbreviations collide with
      // (`Cell`, `Nat`, `Slack`).
      return ["gene.symbol", "gene.previous", "gene.grounding"].contains(resolution.rule)
        ? resolution : nil
    case .symbol, .phrase:
      return resolution
    }
  }

  /// ``symbol(_:shape:beforeCells:)`` for a range of normalised text, remembered by a hash of
  /// its scalars so that repeated symbols build no string.
  mutating func symbol(at range: Range<Int>, in text: NormalizedText, beforeCells: Bool)
    -> Resolution?
  {
    let kinds = symbols.kinds(text.scalars, range)
    guard !kinds.isEmpty else { return nil }
    var hash = text.exactHash(range)
    if beforeCells { hash = FoldHash.add(hash, 1) }
    if let known = symbolsByHash.value(hash) { return known }
    let written = text.text(range)
    let result = symbol(
      written, shape: WrittenShape.of(written), beforeCells: beforeCells, kinds: kinds)
    symbolsByHash.store(hash, result)
    return result
  }

  /// What a dictionary name found over `range` resolves to, remembered by a hash of its scalars.
  mutating func phrase(
    at range: Range<Int>, in text: NormalizedText, kinds: NameKinds, singleToken: Bool
  ) -> Resolution? {
    let hash = FoldHash.add(text.exactHash(range), UInt32(kinds.rawValue) | 0x100)
    if let known = phrases.value(hash) { return known }
    let written = text.text(range)
    let shape = singleToken ? WrittenShape.of(written) : .phrase
    var resolved: Resolution?
    if kinds.contains(.exosomeSource) { resolved = exosomeSource(written, kinds: kinds) }
    if resolved == nil && kinds.contains(.cancer) { resolved = cancer(written, kinds: kinds) }
    if resolved == nil && kinds.contains(.cellLine) { resolved = cellLine(written, kinds: kinds) }
    if resolved == nil && !kinds.isDisjoint(with: [.gene, .family]) {
      resolved = protein(written, shape: shape, kinds: kinds)
    }
    phrases.store(hash, resolved)
    return resolved
  }

  /// A cancer, cell line, gene or family for a symbol-like text (`NSCLC`, `MG63`, `VEGF`).
  mutating func symbol(
    _ text: String, shape: WrittenShape, beforeCells: Bool, kinds known: NameKinds? = nil
  ) -> Resolution? {
    let key = beforeCells ? text + "\u{1}" : text
    if let known = symbolCache[key] { return known }
    let kinds = known ?? self.symbols.kinds(text)
    guard !kinds.isEmpty else { return nil }
    var result: Resolution?
    if let cancer = cancer(text, kinds: kinds) {
      result = cancer
    } else {
      let line = cellLineEntry(text, kinds: kinds)
      let gene = protein(text, shape: shape, kinds: kinds)
      // EFO lists a few lines under two-character names (`S1`): too ambiguous alone.
      if let line, !line.source.hasPrefix("EFO:") || text.unicodeScalars.count >= 3 {
        let curated = !line.source.hasPrefix("EFO:")
        if gene == nil || curated || beforeCells {
          result = cellLine(line)
        } else {
          result = gene
        }
      } else {
        result = gene
      }
    }
    symbolCache[key] = .some(result)
    return result
  }

  func cancer(_ text: String, kinds: NameKinds? = nil) -> Resolution? {
    guard !isStopped(text, as: .cancer), (kinds ?? symbols.kinds(text)).contains(.cancer),
      let entry = lexicon.cancer(text)
    else { return nil }
    let rule: String
    if entry.abbreviations.contains(text) {
      rule = "cancer.abbreviation"
    } else if entry.chineseNames.contains(text) {
      rule = "cancer.zh"
    } else {
      rule = "cancer.name"
    }
    return Resolution(
      type: .cancer, normalized: entry.name, ids: entry.doid.map { [$0] } ?? [], rule: rule,
      flags: entry.doid == nil ? ["no-id"] : [])
  }

  func cellLine(_ entry: CellLineEntry) -> Resolution {
    var flags: [String] = []
    if entry.cellosaurusID == nil { flags.append("no-id") }
    if entry.note != nil { flags.append("caution") }
    return Resolution(
      type: .cellLine, normalized: entry.name, ids: entry.cellosaurusID.map { [$0] } ?? [],
      rule: "cell_line.name", flags: flags)
  }

  private func cellLineEntry(_ text: String, kinds: NameKinds? = nil) -> CellLineEntry? {
    guard !isStopped(text, as: .cellLine), (kinds ?? symbols.kinds(text)).contains(.cellLine)
    else {
      return nil
    }
    return lexicon.cellLine(text)
  }

  func cellLine(_ text: String, kinds: NameKinds? = nil) -> Resolution? {
    guard !isStopped(text, as: .cellLine), (kinds ?? symbols.kinds(text)).contains(.cellLine),
      let entry = lexicon.cellLine(text)
    else { return nil }
    return cellLine(entry)
  }

  func exosomeSource(_ text: String, kinds: NameKinds? = nil) -> Resolution? {
    guard (kinds ?? symbols.kinds(text)).contains(.exosomeSource),
      let entry = lexicon.exosomeSource(text)
    else { return nil }
    return Self.exosome(entry, rule: "exosome.name")
  }

  static func exosome(_ entry: ExosomeSourceEntry, rule: String) -> Resolution {
    var members: [MentionMember] = []
    if let parent = entry.parent {
      members.append(MentionMember(type: .exosomeSource, normalized: parent, ids: []))
    }
    return Resolution(
      type: .exosomeSource, normalized: entry.name, ids: [], rule: rule, members: members)
  }

  /// A family's member genes with their HGNC ids.
  mutating func members(of family: FamilyEntry) -> [MentionMember] {
    if let known = familyMembers[family.id] { return known }
    let members = family.memberGenes.map { symbol in
      MentionMember(
        type: .gene, normalized: symbol,
        ids: lexicon.gene(approvedSymbol: symbol).map { [$0.hgncID] } ?? [])
    }
    familyMembers[family.id] = members
    return members
  }

  static func rule(_ kind: GeneMatchKind) -> String {
    switch kind {
    case .approvedSymbol: return "gene.symbol"
    case .previousSymbol: return "gene.previous"
    case .alias: return "gene.alias"
    case .groundingText: return "gene.grounding"
    case .approvedName: return "gene.name"
    case .chineseName: return "gene.zh"
    }
  }
}

/// How a candidate name is written, which limits what the lexicon may match it as.
enum WrittenShape: Sendable {
  /// Has capitals, digits or Greek letters (`VEGF`, `p27kip1`, `HIF-1α`).
  case symbol
  /// A lower-case word (`survivin`, `caspase`).
  case lowercaseWord
  /// A capital then lower-case letters (`Akt`, `Bax`, `Max`).
  case titleCase
  /// Two characters or fewer (`AR`, `C3`).
  case short
  /// Several words, or a dictionary name found as a whole.
  case phrase

  static func of(_ text: String) -> WrittenShape {
    let scalars = Array(text.unicodeScalars)
    if scalars.count <= 2 { return .short }
    var upper = 0
    var lower = 0
    var other = 0
    for scalar in scalars {
      let value = scalar.value
      if CharClass.isASCIIUpper(value) {
        upper += 1
      } else if CharClass.isASCIILower(value) {
        lower += 1
      } else {
        other += 1
      }
    }
    if upper == 0 && other == 0 { return .lowercaseWord }
    if upper == 1 && other == 0 && CharClass.isASCIIUpper(scalars[0].value) { return .titleCase }
    return .symbol
  }
}
