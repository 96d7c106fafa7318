import Foundation

/// Curated exosome sources (`exosome_sources.tsv`) by folded name.
struct ExosomeSourceIndex: Sendable {
  static let file = "exosome_sources.tsv"

  private var entries: [ExosomeSourceEntry] = []
  private var byKey: [String: Int] = [:]

  init(directory: URL) throws {
    let rows = try TSVTable.read(
      Self.file, in: directory,
      columns: ["name", "parent", "cell_type", "tissue", "zh", "synonyms", "source"])
    let names = Set(rows.map { $0.text(0) })
    for row in rows {
      let parent = row.text(1)
      if !parent.isEmpty, !names.contains(parent) {
        throw LexiconError(
          file: Self.file, line: row.line, reason: "parent \(parent) is not a name in this table")
      }
      let entry = ExosomeSourceEntry(
        name: row.text(0), parent: parent.isEmpty ? nil : parent, cellType: row.text(2),
        tissue: row.text(3).isEmpty ? nil : row.text(3), chineseNames: row.list(4),
        synonyms: row.list(5))
      let index = entries.count
      entries.append(entry)
      for name in [entry.name] + entry.chineseNames + entry.synonyms {
        let key = LexiconKey.fold(name)
        if !key.isEmpty, byKey[key] == nil {
          byKey[key] = index
        }
      }
    }
  }

  func lookup(_ mention: String) -> ExosomeSourceEntry? {
    byKey[LexiconKey.fold(mention)].map { entries[$0] }
  }
}
