import Foundation

/// The words findings are read with: relation triggers, direction words, outcomes, hedges,
/// negations, miRNA role cues, table header and caption words, citation words. They are data
/// (TAB-separated files, described in `Resources/README.md`), so a curator can add a trigger
/// without recompiling.
public struct FindingRules: Sendable {
  /// The rule files, by name.
  public static let fileNames = [
    "relations.tsv", "relation_triggers.tsv", "direction_words.tsv", "outcomes.tsv",
    "hedges.tsv", "negations.tsv", "mirna_roles.tsv", "table_headers.tsv",
    "caption_directions.tsv", "citations.tsv",
  ]

  /// Relation name → rank (lower is reported first).
  let relationRanks: [String: Int]
  let relationTriggers: PhraseSet<String>
  let directionWords: PhraseSet<DirectionWord>
  let outcomes: PhraseSet<OutcomeWord>
  let hedges: PhraseSet<Bool>
  /// `true` for a negation, `false` for a word that only looks like one.
  let negations: PhraseSet<Bool>
  let mirnaRoles: PhraseSet<RoleCue>
  let tableHeaders: PhraseSet<ColumnRole>
  /// `promotes` or `inhibits`.
  let captionDirections: PhraseSet<String>
  let authorSuffixes: PhraseSet<Bool>
  let referenceHeadings: PhraseSet<Bool>
  /// Words after a citation marker that make it govern the claim that follows.
  let studyVerbs: PhraseSet<Bool>
  /// Words near a clause's start that open a new statement inside a sentence.
  let statementOpeners: PhraseSet<Bool>

  /// The rules shipped with Glean.
  public static func bundled() throws(FindingRulesError) -> FindingRules {
    try FindingRules { name throws(FindingRulesError) in try bundledText(name) }
  }

  /// The rules in `directory`: each file there replaces the bundled file of the same name; a file
  /// missing there falls back to the bundled one.
  public init(directory: String) throws(FindingRulesError) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw FindingRulesError(file: directory, reason: "no such rules folder")
    }
    try self.init { name throws(FindingRulesError) in
      let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
      guard FileManager.default.fileExists(atPath: path) else { return try Self.bundledText(name) }
      do {
        return (path, try String(contentsOfFile: path, encoding: .utf8))
      } catch {
        throw FindingRulesError(file: path, reason: "cannot be read as UTF-8 text (\(error))")
      }
    }
  }

  /// Reads the rules from texts given by name (the file name shown in errors, and the text).
  init(
    load: (String) throws(FindingRulesError) -> (file: String, text: String)
  ) throws(FindingRulesError) {
    func file(_ name: String, _ columns: [String]) throws(FindingRulesError) -> RuleFile {
      let (shown, text) = try load(name)
      return try RuleFile(name: shown, text: text, required: columns)
    }

    var ranks: [String: Int] = [:]
    let relations = try file("relations.tsv", ["relation", "rank"])
    for row in relations.rows {
      guard let rank = Int(row["rank"]) else {
        throw FindingRulesError(
          file: relations.name, line: row.line, reason: "rank is not a number")
      }
      ranks[row["relation"]] = rank
    }
    ranks["none"] = Int.max
    guard ranks["affects"] != nil, ranks["delivers"] != nil else {
      throw FindingRulesError(
        file: relations.name, reason: "the relations 'affects' and 'delivers' must be listed")
    }
    relationRanks = ranks

    relationTriggers = try Self.phrases(
      file("relation_triggers.tsv", ["pattern", "relation"]), column: "relation"
    ) { value throws(FindingRulesError) in
      guard ranks[value] != nil else {
        throw .because(
          "unknown relation '\(value)' (known: \(ranks.keys.sorted().joined(separator: ", ")))")
      }
      return value
    }
    let directionFile = try file("direction_words.tsv", ["pattern", "effect", "object"])
    var directions = PhraseSet<DirectionWord>()
    for row in directionFile.rows {
      guard let effect = DirectionEffect(rawValue: row["effect"]) else {
        throw FindingRulesError(
          file: directionFile.name, line: row.line,
          reason:
            "unknown effect '\(row["effect"])' (known: increase, decrease, promotes, inhibits, none, barrier)"
        )
      }
      guard let object = ObjectSide(rawValue: row["object"]) else {
        throw FindingRulesError(
          file: directionFile.name, line: row.line, reason: "object must be either, before or after"
        )
      }
      guard let pattern = PhrasePattern(row["pattern"]) else { continue }
      directions.add(pattern, DirectionWord(effect: effect, object: object))
    }
    directionWords = directions
    let outcomeFile = try file("outcomes.tsv", ["pattern", "outcome", "polarity", "level"])
    var outcomeSet = PhraseSet<OutcomeWord>()
    for row in outcomeFile.rows {
      let polarity: Int
      switch row["polarity"] {
      case "+": polarity = 1
      case "-": polarity = -1
      default:
        throw FindingRulesError(
          file: outcomeFile.name, line: row.line, reason: "polarity must be + or -")
      }
      let level = row["level"]
      guard ["tumour", "process", "none"].contains(level) else {
        throw FindingRulesError(
          file: outcomeFile.name, line: row.line, reason: "level must be tumour, process or none")
      }
      guard let pattern = PhrasePattern(row["pattern"]) else { continue }
      outcomeSet.add(
        pattern,
        OutcomeWord(
          name: row["outcome"], polarity: polarity, tumourLevel: level == "tumour",
          ignored: level == "none"))
    }
    outcomes = outcomeSet
    hedges = try Self.phrases(file("hedges.tsv", ["pattern"]), column: nil) { _ in true }
    negations = try Self.phrases(
      file("negations.tsv", ["pattern", "kind"]), column: "kind"
    ) { value throws(FindingRulesError) in
      switch value {
      case "negation": return true
      case "not-negation": return false
      default: throw .because("kind must be negation or not-negation")
      }
    }
    let roleFile = try file("mirna_roles.tsv", ["pattern", "role", "position"])
    var roles = PhraseSet<RoleCue>()
    for row in roleFile.rows {
      let position = row["position"]
      guard position == "before" || position == "after", !row["role"].isEmpty else {
        throw FindingRulesError(
          file: roleFile.name, line: row.line, reason: "needs a role and a position before|after")
      }
      guard let pattern = PhrasePattern(row["pattern"]) else { continue }
      roles.add(pattern, RoleCue(role: row["role"], before: position == "before"))
    }
    mirnaRoles = roles
    tableHeaders = try Self.phrases(
      file("table_headers.tsv", ["pattern", "role"]), column: "role"
    ) { value throws(FindingRulesError) in
      guard let role = ColumnRole(rawValue: value) else {
        let known = ColumnRole.allCases.map(\.rawValue).joined(separator: ", ")
        throw .because("unknown column role '\(value)' (known: \(known))")
      }
      return role
    }
    captionDirections = try Self.phrases(
      file("caption_directions.tsv", ["pattern", "direction"]), column: "direction"
    ) { value throws(FindingRulesError) in
      guard value == "promotes" || value == "inhibits" else {
        throw .because("direction must be promotes or inhibits")
      }
      return value
    }
    let citationFile = try file("citations.tsv", ["pattern", "kind"])
    var suffixes = PhraseSet<Bool>()
    var headings = PhraseSet<Bool>()
    var verbs = PhraseSet<Bool>()
    var openers = PhraseSet<Bool>()
    for row in citationFile.rows {
      guard let kind = CitationWordKind(rawValue: row["kind"]) else {
        throw FindingRulesError(
          file: citationFile.name, line: row.line,
          reason: "kind must be author-suffix, reference-heading, study-verb or statement-opener")
      }
      guard let pattern = PhrasePattern(row["pattern"]) else { continue }
      switch kind {
      case .authorSuffix: suffixes.add(pattern, true)
      case .referenceHeading: headings.add(pattern, true)
      case .studyVerb: verbs.add(pattern, true)
      case .statementOpener: openers.add(pattern, true)
      }
    }
    authorSuffixes = suffixes
    referenceHeadings = headings
    studyVerbs = verbs
    statementOpeners = openers
  }

  /// The phrases of `file` with the value of `column` converted by `convert`.
  private static func phrases<Value: Sendable>(
    _ file: RuleFile, column: String?,
    convert: (String) throws(FindingRulesError) -> Value
  ) throws(FindingRulesError) -> PhraseSet<Value> {
    var set = PhraseSet<Value>()
    for row in file.rows {
      let value: Value
      do {
        value = try convert(column.map { row[$0] } ?? "")
      } catch {
        throw FindingRulesError(file: file.name, line: row.line, reason: error.reason)
      }
      guard let pattern = PhrasePattern(row["pattern"]) else { continue }
      set.add(pattern, value)
    }
    return set
  }

  /// The bundled file `name`.
  static func bundledText(_ name: String) throws(FindingRulesError) -> (file: String, text: String)
  {
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    guard
      let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources")
    else {
      throw FindingRulesError(file: name, reason: "bundled rule file missing from the build")
    }
    do {
      return (name, try String(contentsOf: url, encoding: .utf8))
    } catch {
      throw FindingRulesError(file: name, reason: "bundled rule file unreadable (\(error))")
    }
  }
}

extension FindingRulesError {
  /// A reason without file or line, filled in by the caller that knows them.
  static func because(_ reason: String) -> FindingRulesError {
    FindingRulesError(file: "", reason: reason)
  }
}
