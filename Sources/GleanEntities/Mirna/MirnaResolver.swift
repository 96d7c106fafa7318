import GleanLexicon

/// A miRNA (or cluster) a hit normalises to.
struct ResolvedMirna: Sendable {
  var normalized: String
  var ids: [String]
  var flags: [String]
  var members: [MentionMember] = []
}

/// Normalises ``MirnaHit``s against miRBase (through the lexicon): the miRBase form with a species
/// prefix, the arm only when written; MIMAT for a written arm or a unique mature, MI otherwise.
struct MirnaResolver: Sendable {
  let lexicon: Lexicon
  let defaultSpecies: String
  /// Species whose miRNAs the lexicon holds.
  let coveredSpecies: Set<String>

  /// Codes the rules list as misspellings (organism in brackets, like `has`).
  let misspeltSpecies: Set<String>

  init(lexicon: Lexicon, rules: RecognizerRules) {
    self.lexicon = lexicon
    defaultSpecies = rules.defaultSpecies
    coveredSpecies = Set(
      rules.mirnaSpecies.keys.filter {
        lexicon.mirna("\($0)-let-7a") != nil || lexicon.mirna("\($0)-miR-21") != nil
      })
    misspeltSpecies = Set(rules.mirnaSpecies.filter { $0.value.hasPrefix("(") }.keys)
  }

  /// miRBase look-ups already made for one text.
  typealias Cache = [String: MirnaEntry?]

  /// One resolved miRNA per written item, or one for a cluster.
  func resolve(_ hit: MirnaHit, cache: inout Cache) -> [ResolvedMirna] {
    let species = hit.species ?? defaultSpecies
    if let named = hit.named {
      return [resolveNamed(named, hit: hit, cache: &cache)]
    }
    if hit.shape == .cluster {
      let members = hit.items.map { member("\(species)-mir-\($0.clusterKey)", &cache) }
      var flags = ["cluster"]
      if members.contains(where: \.ids.isEmpty) { flags.append(missingFlag(species)) }
      return [
        ResolvedMirna(
          normalized: "\(species)-mir-" + hit.items.map(\.clusterKey).joined(separator: "~"),
          ids: members.flatMap(\.ids), flags: flags, members: members)
      ]
    }
    return hit.items.map { resolveItem($0, hit: hit, species: species, cache: &cache) }
  }

  private func lookUp(_ name: String, _ cache: inout Cache) -> MirnaEntry? {
    if let known = cache[name] { return known }
    let entry = lexicon.mirna(name)
    cache[name] = .some(entry)
    return entry
  }

  private func resolveItem(
    _ parts: MirnaParts, hit: MirnaHit, species: String, cache: inout Cache
  ) -> ResolvedMirna {
    let kind: String
    switch hit.family {
    case .letSeven: kind = "let"
    case .mir: kind = hit.precursorForm ? "mir" : "miR"
    }
    var flags: [String] = []
    var body = parts.body
    var entry = lookUp("\(species)-\(kind)-\(body)", &cache)
    if entry == nil, parts.arm.isEmpty, parts.paralog == "3" || parts.paralog == "5" {
      // `miR-17-5`: an old way of writing the arm.
      var asArm = parts
      asArm.paralog = ""
      asArm.arm = parts.paralog + "p"
      if let found = lookUp("\(species)-\(kind)-\(asArm.body)", &cache) {
        entry = found
        body = asArm.body
        flags.append("arm-inferred")
      }
    }
    if entry == nil { flags.append(missingFlag(species)) }
    if parts.star { flags.append("star") }
    if hit.geneSymbol { flags.append("gene-symbol") }
    let name = "\(species)-\(kind)-\(body)" + (parts.star ? "*" : "")
    var ids = entry?.ids ?? []
    if hit.precursorForm, let entry { ids = entry.precursors.map(\.accession) }
    return ResolvedMirna(normalized: name, ids: ids, flags: flags)
  }

  private func resolveNamed(
    _ named: RecognizerRules.NamedMirna, hit: MirnaHit, cache: inout Cache
  ) -> ResolvedMirna {
    if named.kind == "cluster" {
      let members = named.members.map { member($0, &cache) }
      var flags = ["cluster"]
      if members.contains(where: \.ids.isEmpty) {
        flags.append(missingFlag(String(named.normalized.prefix { $0 != "-" })))
      }
      return ResolvedMirna(
        normalized: named.normalized, ids: members.flatMap(\.ids), flags: flags, members: members)
    }
    let entry = lookUp(named.normalized, &cache)
    let species = String(named.normalized.prefix { $0 != "-" })
    return ResolvedMirna(
      normalized: named.normalized, ids: entry?.ids ?? [],
      flags: entry == nil ? [missingFlag(species)] : [])
  }

  /// A cluster member by precursor name, with its MI accession(s).
  private func member(_ name: String, _ cache: inout Cache) -> MentionMember {
    let ids = lookUp(name, &cache)?.precursors.map(\.accession) ?? []
    return MentionMember(type: .mirna, normalized: name, ids: ids)
  }

  /// `not-in-mirbase` for a covered species (or a misspelt one), otherwise
  /// `species-not-in-lexicon`.
  private func missingFlag(_ species: String) -> String {
    coveredSpecies.contains(species) || misspeltSpecies.contains(species)
      ? "not-in-mirbase" : "species-not-in-lexicon"
  }
}
