import Foundation

/// Cell lines from the curated table (first) and EFO (`efo_cell_lines.tsv`), by loosely
/// folded name: `MG63` == `MG-63`, `SGC7901` == `SGC-7901`, `HCT-116` == `HCT 116`.
struct CellLineIndex: Sendable {
  static let curatedFile = "cell_lines.tsv"
  static let efoFile = "efo_cell_lines.tsv"

  private var entries: [CellLineEntry] = []
  private var byKey: [String: Int] = [:]

  init(directory: URL) throws {
    let curated = try TSVTable.read(
      Self.curatedFile, in: directory,
      columns: ["name", "cellosaurus", "synonyms", "species", "disease", "note", "source"])
    for row in curated {
      try add(
        CellLineEntry(
          name: row.text(0), cellosaurusID: Self.accession(row, 1, Self.curatedFile),
          synonyms: row.list(2), source: row.text(6),
          note: row.text(5).isEmpty ? nil : row.text(5)))
    }
    let efo = try TSVTable.read(
      Self.efoFile, in: directory, columns: ["efo_id", "name", "cellosaurus", "synonyms"])
    for row in efo {
      try add(
        CellLineEntry(
          name: row.text(1), cellosaurusID: Self.accession(row, 2, Self.efoFile),
          synonyms: row.list(3), source: row.text(0), note: nil))
    }
  }

  private static func accession(_ row: TSVRow, _ column: Int, _ file: String) throws -> String? {
    let value = row.text(column)
    if value.isEmpty {
      return nil
    }
    guard value.hasPrefix("CVCL_"), value.count == 9 else {
      throw LexiconError(file: file, line: row.line, reason: "\(value) is not a CVCL_ accession")
    }
    return value
  }

  private mutating func add(_ entry: CellLineEntry) throws {
    let index = entries.count
    entries.append(entry)
    for name in [entry.name] + entry.synonyms {
      let key = LexiconKey.foldLoose(name)
      if !key.isEmpty, byKey[key] == nil {
        byKey[key] = index
      }
    }
  }

  func lookup(_ mention: String) -> CellLineEntry? {
    byKey[LexiconKey.foldLoose(mention)].map { entries[$0] }
  }
}
