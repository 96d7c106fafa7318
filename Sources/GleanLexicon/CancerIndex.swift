import Foundation

/// Cancers from the curated table (first) and the Disease Ontology cancer subtree
/// (`doid_cancers.tsv`).
///
/// Names fold with ``LexiconKey/fold(_:)``. Abbreviations (curated ones, and Disease
/// Ontology synonyms of two to six capitals and digits such as `ALL`, `GBM`) match only as
/// written, so the word `all` is not a leukaemia.
struct CancerIndex: Sendable {
  static let curatedFile = "cancers.tsv"
  static let doidFile = "doid_cancers.tsv"

  private var entries: [CancerEntry] = []
  private var byKey: [String: Int] = [:]
  private var byAbbreviation: [String: Int] = [:]

  init(directory: URL) throws {
    let curated = try TSVTable.read(
      Self.curatedFile, in: directory,
      columns: ["name", "doid", "zh", "abbreviations", "english", "source"])
    for row in curated {
      let doid = row.text(1)
      if !doid.isEmpty, !Self.isDOID(doid) {
        throw LexiconError(
          file: Self.curatedFile, line: row.line, reason: "\(doid) is not a DOID id")
      }
      add(
        CancerEntry(
          name: row.text(0), doid: doid.isEmpty ? nil : doid, chineseNames: row.list(2),
          abbreviations: row.list(3), synonyms: row.list(4)))
    }
    let doids = try TSVTable.read(
      Self.doidFile, in: directory, columns: ["doid", "name", "synonyms"])
    for row in doids {
      let doid = row.text(0)
      guard Self.isDOID(doid) else {
        throw LexiconError(file: Self.doidFile, line: row.line, reason: "\(doid) is not a DOID id")
      }
      let synonyms = row.list(2)
      add(
        CancerEntry(
          name: row.text(1), doid: doid, chineseNames: [],
          abbreviations: synonyms.filter(Self.looksLikeAbbreviation),
          synonyms: synonyms.filter { !Self.looksLikeAbbreviation($0) }))
    }
  }

  private mutating func add(_ entry: CancerEntry) {
    let index = entries.count
    entries.append(entry)
    for name in [entry.name] + entry.chineseNames + entry.synonyms {
      let key = LexiconKey.fold(name)
      if !key.isEmpty, byKey[key] == nil {
        byKey[key] = index
      }
    }
    for abbreviation in entry.abbreviations where byAbbreviation[abbreviation] == nil {
      byAbbreviation[abbreviation] = index
    }
  }

  func lookup(_ mention: String) -> CancerEntry? {
    let trimmed = mention.trimmingCharacters(in: .whitespacesAndNewlines)
    if let index = byAbbreviation[trimmed] {
      return entries[index]
    }
    return byKey[LexiconKey.fold(trimmed)].map { entries[$0] }
  }

  private static func looksLikeAbbreviation(_ text: String) -> Bool {
    (2...6).contains(text.count)
      && text.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
  }

  private static func isDOID(_ id: String) -> Bool {
    id.hasPrefix("DOID:") && id.count > 5 && id.dropFirst(5).allSatisfy(\.isNumber)
  }
}
