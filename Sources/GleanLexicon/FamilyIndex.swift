import Foundation

/// FamPlex families and complexes, by folded id and by the texts FamPlex's grounding map and
/// the curated Chinese table give them.
struct FamilyIndex: Sendable {
  static let entitiesFile = "famplex_entities.tsv"
  static let groundingsFile = "famplex_groundings.tsv"

  private struct Record: Sendable {
    let isa: [String]
    let partof: [String]
  }

  private var records: [String: Record] = [:]
  private var byKey: [String: String] = [:]

  /// Grounding rows naming genes or non-gene things, for the gene index.
  private(set) var geneTexts: [(line: Int, text: String, symbol: String)] = []
  private(set) var otherTexts: [(text: String, target: String)] = []

  init(directory: URL) throws {
    let rows = try TSVTable.read(
      Self.entitiesFile, in: directory, columns: ["id", "isa_members", "partof_members"])
    for row in rows {
      let id = row.text(0)
      let members = row.list(1) + row.list(2)
      for member in members where !member.hasPrefix("HGNC:") && !member.hasPrefix("FPLX:") {
        throw LexiconError(
          file: Self.entitiesFile, line: row.line,
          reason: "member \(member) is neither HGNC:<symbol> nor FPLX:<id>")
      }
      records[id] = Record(isa: row.list(1), partof: row.list(2))
    }
    for id in records.keys.sorted() {
      addKey(id, id)
    }
    let groundings = try TSVTable.read(
      Self.groundingsFile, in: directory, columns: ["text", "kind", "target"])
    for row in groundings {
      let text = row.text(0)
      let target = row.text(2)
      switch row.text(1) {
      case "family":
        guard records[target] != nil else {
          throw LexiconError(
            file: Self.groundingsFile, line: row.line, reason: "unknown FamPlex id \(target)")
        }
        addKey(text, target)
      case "gene":
        geneTexts.append((row.line, text, target))
      case "other":
        otherTexts.append((text, target))
      default:
        throw LexiconError(
          file: Self.groundingsFile, line: row.line, reason: "kind must be family, gene or other")
      }
    }
  }

  /// Whether `id` is a FamPlex id.
  func contains(_ id: String) -> Bool {
    records[id] != nil
  }

  /// Adds `text` as a name of family `id`; the first family given a key keeps it.
  mutating func addKey(_ text: String, _ id: String) {
    let key = LexiconKey.fold(text)
    if !key.isEmpty, byKey[key] == nil {
      byKey[key] = id
    }
  }

  /// The family `mention` names, if any.
  func lookup(_ mention: String) -> FamilyEntry? {
    byKey[LexiconKey.fold(mention)].flatMap(entry)
  }

  /// The family with FamPlex id `id`.
  func entry(_ id: String) -> FamilyEntry? {
    guard let record = records[id] else {
      return nil
    }
    var genes: Set<String> = []
    var seen: Set<String> = [id]
    var pending = record.isa + record.partof
    while let member = pending.popLast() {
      if member.hasPrefix("HGNC:") {
        genes.insert(String(member.dropFirst(5)))
      } else {
        let child = String(member.dropFirst(5))
        if seen.insert(child).inserted, let sub = records[child] {
          pending += sub.isa + sub.partof
        }
      }
    }
    return FamilyEntry(
      id: id, isaMembers: record.isa, partofMembers: record.partof, memberGenes: genes.sorted())
  }
}
