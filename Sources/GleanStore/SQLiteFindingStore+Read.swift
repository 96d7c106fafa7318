import Foundation
import GRDB
import GleanFindings

extension SQLiteFindingStore {
  public func runs() throws(StoreError) -> [RunRecord] {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT r.*,
            (SELECT COUNT(*) FROM run_papers p WHERE p.run_id = r.id AND p.status = 'stored')
              AS stored,
            (SELECT COUNT(*) FROM run_papers p WHERE p.run_id = r.id AND p.status = 'skipped')
              AS skipped,
            (SELECT COUNT(*) FROM run_papers p WHERE p.run_id = r.id AND p.status = 'duplicate')
              AS duplicates,
            (SELECT COUNT(*) FROM run_papers p WHERE p.run_id = r.id AND p.status = 'failed')
              AS failed
          FROM runs r ORDER BY r.id
          """
      ).map { row in
        RunRecord(
          id: row["id"], startedAt: row["started_at"], endedAt: row["ended_at"],
          status: row["status"], toolVersion: row["tool_version"], configHash: row["config_hash"],
          analysisKey: row["analysis_key"], dictionaryVersions: row["dictionary_versions"],
          command: row["command"], workers: row["workers"], inputs: row["inputs"],
          stored: row["stored"], skipped: row["skipped"], duplicates: row["duplicates"],
          failed: row["failed"])
      }
    }
  }

  public func failures(run: Int64) throws(StoreError) -> [FailureRecord] {
    try reading { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM failures WHERE run_id = ? ORDER BY path, id", arguments: [run]
      ).map { row in
        FailureRecord(
          path: row["path"], paperID: row["paper_id"], code: row["code"], reason: row["reason"],
          page: row["page"])
      }
    }
  }

  public func forEachPaper(run: Int64?, _ body: (StoredPaper) throws -> Void) throws {
    let pks: [Int64] = try reading { db in
      if let run {
        return try Int64.fetchAll(
          db,
          sql: """
            SELECT p.pk FROM papers p JOIN runs r ON r.id = ?
            WHERE p.analysis_key = r.analysis_key
              AND p.id IN (SELECT paper_id FROM run_papers
                           WHERE run_id = ? AND status IN ('stored', 'skipped', 'duplicate'))
            ORDER BY p.path, p.id
            """, arguments: [run, run])
      }
      return try Int64.fetchAll(
        db,
        sql: """
          SELECT p.pk FROM papers p
          WHERE p.pk = (SELECT MAX(q.pk) FROM papers q WHERE q.id = p.id)
          ORDER BY p.path, p.id
          """)
    }
    for pk in pks {
      if let paper = try reading({ db in try Self.paper(db, pk: pk) }) {
        try body(paper)
      }
    }
  }

  public func papers(matching query: String) throws(StoreError) -> [StoredPaper] {
    try reading { db in
      let pks = try Int64.fetchAll(
        db,
        sql: """
          SELECT pk FROM papers
          WHERE (length(?1) >= 6 AND id LIKE ?1 || '%') OR path = ?1 OR key = ?1
            OR path LIKE '%/' || ?1
          ORDER BY path, id, pk
          """, arguments: [query])
      return try pks.compactMap { pk in try Self.paper(db, pk: pk) }
    }
  }

  /// One paper with its entities and findings.
  static func paper(_ db: Database, pk: Int64) throws -> StoredPaper? {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM papers WHERE pk = ?", arguments: [pk])
    else { return nil }
    let info = PaperInfo(
      id: row["id"], key: row["key"], file: row["path"], title: row["title"], doi: row["doi"],
      pages: row["pages"], language: row["language"])
    let quality = PaperQuality(
      textLayer: row["text_layer"],
      garbledPages: try StoreJSON.decode([Int].self, row["garbled_pages"]),
      warnings: try StoreJSON.decode([String].self, row["warnings"]))
    let entities = try Row.fetchAll(
      db, sql: "SELECT * FROM entities WHERE paper_pk = ? ORDER BY seq", arguments: [pk]
    ).map { entity in
      EntityRecord(
        kind: entity["kind"], text: entity["text"], normalized: entity["normalized"],
        ids: try StoreJSON.decode([String].self, entity["ids"]), page: entity["page"],
        start: entity["start"], end: entity["end"], json: entity["json"])
    }
    let findings = try String.fetchAll(
      db, sql: "SELECT json FROM findings WHERE paper_pk = ? ORDER BY seq", arguments: [pk]
    ).map { json in try StoreJSON.decode(Finding.self, json) }
    return StoredPaper(
      record: PaperRecord(paper: info, quality: quality, entities: entities, findings: findings),
      runID: row["run_id"], analysisKey: row["analysis_key"], storedAt: row["stored_at"])
  }
}
