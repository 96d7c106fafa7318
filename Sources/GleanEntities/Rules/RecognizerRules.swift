import Foundation

/// The rules and word lists of the entity recognisers, read from plain data files (see the
/// Resources README): bundled with Glean, or from a folder that pipeline.yaml names.
public struct RecognizerRules: Sendable, Equatable {
  /// A written form of "miRNA" before a number.
  public struct MirnaPrefix: Sendable, Equatable {
    public var text: String
    /// `mature` or `gene` (an HGNC-style `MIR21`, which names the precursor).
    public var form: String
  }

  /// A word that gives a miRNA mention a role.
  public struct RoleTrigger: Sendable, Equatable {
    /// `prefix`, `name`, `before` or `after`.
    public var kind: String
    public var trigger: String
    /// `inhibitor`, `mimic` or `precursor`.
    public var role: String
  }

  /// A named miRNA or cluster.
  public struct NamedMirna: Sendable, Equatable {
    public var text: String
    /// `mirna` or `cluster`.
    public var kind: String
    public var normalized: String
    /// Cluster members (miRBase precursor names).
    public var members: [String]
  }

  /// A word after a name that makes a pathway mention.
  public struct PathwayTrigger: Sendable, Equatable {
    public var trigger: String
    /// `pathway`, `axis` or `signaling`.
    public var kind: String
  }

  /// A text never taken as an entity of a type.
  public struct StopEntry: Sendable, Equatable {
    public var text: String
    /// An entity type's raw value, or `any`.
    public var type: String
  }

  /// The miRBase species prefix given to miRNA names that write none.
  public var defaultSpecies: String
  public var mirnaPrefixes: [MirnaPrefix]
  public var mirnaRoles: [RoleTrigger]
  /// Species code → organism.
  public var mirnaSpecies: [String: String]
  public var namedMirnas: [NamedMirna]
  /// Lower-cased words that end a miRNA list after a bare number.
  public var mirnaListStopwords: Set<String>
  /// Abbreviations (with their full stop) that do not end a sentence.
  public var sentenceAbbreviations: [String]
  /// Chinese domain words for word segmentation.
  public var domainWords: [String]
  public var pathwayTriggers: [PathwayTrigger]
  public var exosomeCarriers: [String]
  public var exosomeLinks: [String]
  public var exosomeModifiers: [String]
  public var stoplist: [StopEntry]
  /// Separators of paper-local definitions and glossaries, by kind (`open`, `close`, `split`,
  /// `gloss`, `entry_end`).
  public var abbreviationSeparators: [String: [String]]

  /// The files a rules folder may hold.
  public static let fileNames = [
    "settings.tsv", "mirna_prefixes.tsv", "mirna_roles.tsv", "mirna_species.tsv",
    "mirna_named.tsv", "mirna_list_stopwords.txt", "sentence_abbreviations.txt",
    "domain_words.txt", "pathway_triggers.tsv", "exosome_patterns.tsv", "entity_stoplist.tsv",
    "abbreviation_patterns.tsv",
  ]

  /// The folder of the rule files shipped with Glean.
  public static func bundledDirectory() throws(RulesError) -> URL {
    guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
      throw RulesError(
        file: "Resources", reason: "the GleanEntities bundle has no Resources folder")
    }
    return url
  }

  /// The rules shipped with Glean.
  public static func bundled() throws(RulesError) -> RecognizerRules {
    try load(from: bundledDirectory(), fallback: nil)
  }

  /// The rules in `folder`; a file the folder lacks is taken from the bundled rules.
  public static func load(from folder: URL) throws(RulesError) -> RecognizerRules {
    try load(from: folder, fallback: bundledDirectory())
  }

  private static func load(from folder: URL, fallback: URL?) throws(RulesError)
    -> RecognizerRules
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw RulesError(file: folder.path, reason: "no such rules folder")
    }
    func read(_ name: String) throws(RulesError) -> String {
      var url = folder.appendingPathComponent(name)
      if !FileManager.default.fileExists(atPath: url.path), let fallback {
        url = fallback.appendingPathComponent(name)
      }
      do {
        return try String(contentsOf: url, encoding: .utf8)
      } catch {
        throw RulesError(file: url.path, reason: "cannot be read as UTF-8 text")
      }
    }
    func tsv(_ name: String, _ columns: [String]) throws(RulesError) -> [RuleRow] {
      try RuleFile.rows(name, text: read(name), columns: columns)
    }
    func words(_ name: String) throws(RulesError) -> [String] {
      RuleFile.entries(try read(name)).map(\.text)
    }

    let settings = try tsv("settings.tsv", ["key", "value"])
    var defaultSpecies = "hsa"
    for row in settings {
      switch row.cells[0] {
      case "default_species":
        guard (3...4).contains(row.cells[1].count), row.cells[1].allSatisfy(\.isLetter) else {
          throw RulesError(
            file: "settings.tsv", line: row.line,
            reason: "default_species must be a miRBase species code such as hsa")
        }
        defaultSpecies = row.cells[1].lowercased()
      default:
        throw RulesError(
          file: "settings.tsv", line: row.line, reason: "unknown setting \(row.cells[0])")
      }
    }

    let prefixes = try tsv("mirna_prefixes.tsv", ["prefix", "form"]).map {
      (row) throws(RulesError) -> MirnaPrefix in
      guard ["mature", "gene"].contains(row.cells[1]) else {
        throw RulesError(
          file: "mirna_prefixes.tsv", line: row.line, reason: "form must be mature or gene")
      }
      return MirnaPrefix(text: row.cells[0], form: row.cells[1])
    }
    let roles = try tsv("mirna_roles.tsv", ["kind", "trigger", "role"]).map {
      (row) throws(RulesError) -> RoleTrigger in
      guard ["prefix", "name", "before", "after"].contains(row.cells[0]) else {
        throw RulesError(
          file: "mirna_roles.tsv", line: row.line,
          reason: "kind must be prefix, name, before or after")
      }
      guard ["inhibitor", "mimic", "precursor"].contains(row.cells[2]) else {
        throw RulesError(
          file: "mirna_roles.tsv", line: row.line,
          reason: "role must be inhibitor, mimic or precursor")
      }
      return RoleTrigger(kind: row.cells[0], trigger: row.cells[1], role: row.cells[2])
    }
    var species: [String: String] = [:]
    for row in try tsv("mirna_species.tsv", ["code", "organism"]) {
      guard (3...4).contains(row.cells[0].count),
        row.cells[0].allSatisfy({ $0.isASCII && $0.isLowercase })
      else {
        throw RulesError(
          file: "mirna_species.tsv", line: row.line,
          reason: "a species code is three or four lower-case letters")
      }
      species[row.cells[0]] = row.cells[1]
    }
    let named = try tsv(
      "mirna_named.tsv", ["text", "kind", "normalized", "members", "source"]
    ).map { (row) throws(RulesError) -> NamedMirna in
      guard ["mirna", "cluster"].contains(row.cells[1]) else {
        throw RulesError(
          file: "mirna_named.tsv", line: row.line, reason: "kind must be mirna or cluster")
      }
      guard !row.cells[2].isEmpty else {
        throw RulesError(
          file: "mirna_named.tsv", line: row.line, reason: "a normalised name is needed")
      }
      return NamedMirna(
        text: row.cells[0], kind: row.cells[1], normalized: row.cells[2], members: row.list(3))
    }
    let triggers = try tsv("pathway_triggers.tsv", ["trigger", "kind"]).map {
      (row) throws(RulesError) -> PathwayTrigger in
      guard ["pathway", "axis", "signaling"].contains(row.cells[1]) else {
        throw RulesError(
          file: "pathway_triggers.tsv", line: row.line,
          reason: "kind must be pathway, axis or signaling")
      }
      return PathwayTrigger(trigger: row.cells[0], kind: row.cells[1])
    }
    var carriers: [String] = []
    var links: [String] = []
    var modifiers: [String] = []
    for row in try tsv("exosome_patterns.tsv", ["kind", "text"]) {
      switch row.cells[0] {
      case "carrier": carriers.append(row.cells[1])
      case "link": links.append(row.cells[1])
      case "modifier": modifiers.append(row.cells[1])
      default:
        throw RulesError(
          file: "exosome_patterns.tsv", line: row.line,
          reason: "kind must be carrier, link or modifier")
      }
    }
    let knownTypes = Set(EntityType.allCases.map(\.rawValue) + ["any"])
    let stoplist = try tsv("entity_stoplist.tsv", ["text", "type", "reason"]).map {
      (row) throws(RulesError) -> StopEntry in
      guard knownTypes.contains(row.cells[1]) else {
        throw RulesError(
          file: "entity_stoplist.tsv", line: row.line,
          reason: "type must be one of \(knownTypes.sorted().joined(separator: ", "))")
      }
      return StopEntry(text: row.cells[0], type: row.cells[1])
    }
    var separators: [String: [String]] = [:]
    for row in try tsv("abbreviation_patterns.tsv", ["kind", "text"]) {
      guard ["open", "close", "split", "gloss", "entry_end"].contains(row.cells[0]) else {
        throw RulesError(
          file: "abbreviation_patterns.tsv", line: row.line,
          reason: "kind must be open, close, split, gloss or entry_end")
      }
      separators[row.cells[0], default: []].append(row.cells[1])
    }

    return RecognizerRules(
      defaultSpecies: defaultSpecies, mirnaPrefixes: prefixes, mirnaRoles: roles,
      mirnaSpecies: species, namedMirnas: named,
      mirnaListStopwords: Set(try words("mirna_list_stopwords.txt").map { $0.lowercased() }),
      sentenceAbbreviations: try words("sentence_abbreviations.txt"),
      domainWords: try words("domain_words.txt"), pathwayTriggers: triggers,
      exosomeCarriers: carriers, exosomeLinks: links, exosomeModifiers: modifiers,
      stoplist: stoplist, abbreviationSeparators: separators)
  }
}
