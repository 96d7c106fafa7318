import Foundation

/// miRBase release 22 (human) by lower-cased name, from `mirbase_hsa.tsv`.
struct MirnaIndex: Sendable {
  static let file = "mirbase_hsa.tsv"

  private struct Record: Sendable {
    let record: MirbaseRecord
    let related: [String]
  }

  private var byAccession: [String: Record] = [:]
  private var matureByName: [String: String] = [:]
  private var precursorByName: [String: String] = [:]
  /// `hsa-mir-1` → the loci `hsa-mir-1-1`, `hsa-mir-1-2`.
  private var precursorsByBase: [String: [String]] = [:]

  init(directory: URL) throws {
    let rows = try TSVTable.read(
      Self.file, in: directory, columns: ["accession", "name", "kind", "related"])
    for row in rows {
      let accession = row.text(0)
      let name = row.text(1)
      let record = Record(
        record: MirbaseRecord(accession: accession, name: name), related: row.list(3))
      byAccession[accession] = record
      switch row.text(2) {
      case "mature":
        matureByName[name.lowercased()] = accession
      case "precursor":
        let key = name.lowercased()
        precursorByName[key] = accession
        if let base = Self.baseName(key) {
          precursorsByBase[base, default: []].append(accession)
        }
      default:
        throw LexiconError(
          file: Self.file, line: row.line, reason: "kind must be mature or precursor")
      }
    }
    for (accession, record) in byAccession {
      for related in record.related where byAccession[related] == nil {
        throw LexiconError(
          file: Self.file, reason: "\(accession) refers to \(related), which is not listed")
      }
    }
  }

  /// `hsa-mir-1-2` → `hsa-mir-1`; `nil` when the name has no locus number.
  private static func baseName(_ name: String) -> String? {
    let parts = name.split(separator: "-")
    guard parts.count >= 4, let last = parts.last, last.allSatisfy(\.isNumber) else {
      return nil
    }
    return parts.dropLast().joined(separator: "-")
  }

  /// Resolves a miRBase-form name (see ``MirnaName/normalise(_:defaultSpecies:)``).
  func lookup(_ name: String) -> MirnaEntry? {
    let key = name.lowercased()
    if let accession = matureByName[key], let mature = byAccession[accession] {
      let precursors = mature.related.compactMap { byAccession[$0]?.record }
      return MirnaEntry(
        name: name, kind: .mature, mature: mature.record,
        precursors: precursors.sorted { $0.name < $1.name },
        matures: maturesOf(precursors.map(\.accession)))
    }
    var precursorAccessions = precursorsByBase[key] ?? []
    if let exact = precursorByName[key] {
      precursorAccessions.insert(exact, at: 0)
    }
    guard !precursorAccessions.isEmpty else {
      return nil
    }
    let precursors = precursorAccessions.compactMap { byAccession[$0]?.record }
    let matures = maturesOf(precursorAccessions)
    return MirnaEntry(
      name: name, kind: .precursor, mature: matures.count == 1 ? matures.first : nil,
      precursors: precursors.sorted { $0.name < $1.name }, matures: matures)
  }

  private func maturesOf(_ precursors: [String]) -> [MirbaseRecord] {
    let accessions = Set(precursors.flatMap { byAccession[$0]?.related ?? [] })
    return accessions.compactMap { byAccession[$0]?.record }.sorted { $0.name < $1.name }
  }

  var matureCount: Int { matureByName.count }
  var precursorCount: Int { precursorByName.count }
}
