import Foundation
import GRDB
import GleanFindings

extension SQLiteFindingStore {
  public func startRun(_ run: NewRun) throws(StoreError) -> Int64 {
    try writing { db in
      try db.execute(
        sql: """
          INSERT INTO runs (started_at, status, tool_version, config_hash, analysis_key,
            config_yaml, dictionary_versions, command, workers, inputs)
          VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          Self.timestamp(), run.toolVersion, run.configHash, run.analysisKey, run.configYAML,
          run.dictionaryVersions, run.command, run.workers, run.inputs,
        ])
      return db.lastInsertedRowID
    }
  }

  public func endRun(_ id: Int64, status: String) throws(StoreError) {
    try writing { db in
      try db.execute(
        sql: "UPDATE runs SET ended_at = ?, status = ? WHERE id = ?",
        arguments: [Self.timestamp(), status, id])
    }
  }

  public func contains(paperID: String, analysisKey: String) throws(StoreError) -> Bool {
    try reading { db in
      try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM papers WHERE id = ? AND analysis_key = ?)",
        arguments: [paperID, analysisKey]) ?? false
    }
  }

  public func save(
    _ record: PaperRecord, path: String, run: Int64, analysisKey: String
  ) throws(StoreError) {
    let encoded: EncodedPaper
    do {
      encoded = try EncodedPaper(record)
    } catch {
      throw StoreError(path: self.path, reason: "cannot encode \(path): \(error)")
    }
    try writing { db in
      try db.execute(
        sql: "DELETE FROM papers WHERE id = ? AND analysis_key = ?",
        arguments: [record.paper.id, analysisKey])
      let paper = record.paper
      try db.execute(
        sql: """
          INSERT INTO papers (id, analysis_key, run_id, path, key, title, doi, pages, language,
            text_layer, garbled_pages, warnings, entity_count, finding_count, stored_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          paper.id, analysisKey, run, path, paper.key, paper.title, paper.doi, paper.pages,
          paper.language, record.quality.textLayer, encoded.garbledPages, encoded.warnings,
          record.entities.count, record.findings.count, Self.timestamp(),
        ])
      let pk = db.lastInsertedRowID
      // Cached statements: one parse per connection, not one per row.
      let insertEntity = try db.cachedStatement(
        sql: """
          INSERT INTO entities (paper_pk, seq, kind, text, normalized, ids, page, start, "end",
            json)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      for (seq, entity) in record.entities.enumerated() {
        try insertEntity.execute(arguments: [
          pk, seq, entity.kind, entity.text, entity.normalized, encoded.entityIDs[seq],
          entity.page, entity.start, entity.end, entity.json,
        ])
      }
      let insertFinding = try db.cachedStatement(
        sql: """
          INSERT INTO findings (paper_pk, seq, finding_id, relation, direction, source, mirnas,
            genes, families, pathways, cancers, cell_lines, outcomes, refs, hedged, negated,
            page, evidence, json)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      for (seq, finding) in record.findings.enumerated() {
        let columns = encoded.findings[seq]
        try insertFinding.execute(arguments: [
          pk, seq, finding.id, finding.relation, finding.direction, finding.source?.normalized,
          columns.mirnas, columns.genes, columns.families, columns.pathways, columns.cancers,
          columns.cellLines, columns.outcomes, columns.refs, finding.hedged, finding.negated,
          finding.evidence.first?.page, finding.evidence.first?.text, columns.json,
        ])
      }
      try Self.note(db, run: run, path: path, paperID: paper.id, status: .stored)
    }
  }

  public func note(
    path: String, paperID: String, status: InputStatus, run: Int64
  ) throws(StoreError) {
    try writing { db in try Self.note(db, run: run, path: path, paperID: paperID, status: status) }
  }

  public func recordFailure(_ failure: FailureRecord, run: Int64) throws(StoreError) {
    try writing { db in
      try db.execute(
        sql: """
          INSERT INTO failures (run_id, path, paper_id, code, reason, page, at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          run, failure.path, failure.paperID, failure.code, failure.reason, failure.page,
          Self.timestamp(),
        ])
      try Self.note(db, run: run, path: failure.path, paperID: failure.paperID, status: .failed)
    }
  }

  private static func note(
    _ db: Database, run: Int64, path: String, paperID: String?, status: InputStatus
  ) throws {
    try db.execute(
      sql: "INSERT OR REPLACE INTO run_papers (run_id, path, paper_id, status) VALUES (?, ?, ?, ?)",
      arguments: [run, path, paperID, status.rawValue])
  }
}

/// The JSON columns of one paper, encoded before the transaction opens.
struct EncodedPaper {
  struct FindingColumns {
    var mirnas, genes, families, pathways, cancers, cellLines, outcomes, refs, json: String
  }

  var garbledPages: String
  var warnings: String
  var entityIDs: [String]
  var findings: [FindingColumns]

  init(_ record: PaperRecord) throws {
    garbledPages = try StoreJSON.string(record.quality.garbledPages)
    warnings = try StoreJSON.string(record.quality.warnings)
    entityIDs = try record.entities.map { try StoreJSON.strings($0.ids) }
    findings = try record.findings.map { finding in
      FindingColumns(
        mirnas: try StoreJSON.strings(finding.mirnas.map(\.normalized)),
        genes: try StoreJSON.strings(finding.genes.map(\.normalized)),
        families: try StoreJSON.strings(finding.families.map(\.normalized)),
        pathways: try StoreJSON.strings(finding.pathways.map(\.normalized)),
        cancers: try StoreJSON.strings(finding.cancers.map(\.normalized)),
        cellLines: try StoreJSON.strings(finding.cellLines.map(\.normalized)),
        outcomes: try StoreJSON.strings(finding.outcomes),
        refs: "[" + finding.refs.map(String.init).joined(separator: ",") + "]",
        json: try StoreJSON.string(finding))
    }
  }
}

/// JSON as the store writes it: compact, keys sorted (the same bytes in every process), slashes
/// unescaped.
enum StoreJSON {
  static func string<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// A list of strings, the same bytes as ``string(_:)`` gives: written directly when no string
  /// needs escaping (no quote, backslash or control character), as is usual for names and ids.
  static func strings(_ values: [String]) throws -> String {
    guard values.allSatisfy(isPlain) else { return try string(values) }
    var out = "["
    for (index, value) in values.enumerated() {
      if index > 0 { out += "," }
      out += "\""
      out += value
      out += "\""
    }
    out += "]"
    return out
  }

  private static func isPlain(_ value: String) -> Bool {
    !value.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }
}
