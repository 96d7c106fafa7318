import GRDB

/// The tables of the store, created and upgraded by migrations (never edited in place).
enum StoreSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            config_hash TEXT NOT NULL,
            analysis_key TEXT NOT NULL,
            config_yaml TEXT NOT NULL,
            dictionary_versions TEXT NOT NULL,
            command TEXT NOT NULL,
            workers INTEGER NOT NULL,
            inputs INTEGER NOT NULL
          );
          CREATE TABLE papers (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            analysis_key TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            path TEXT NOT NULL,
            key TEXT NOT NULL,
            title TEXT,
            doi TEXT,
            pages INTEGER NOT NULL,
            language TEXT NOT NULL,
            text_layer INTEGER NOT NULL,
            garbled_pages TEXT NOT NULL,
            warnings TEXT NOT NULL,
            entity_count INTEGER NOT NULL,
            finding_count INTEGER NOT NULL,
            stored_at TEXT NOT NULL,
            UNIQUE (id, analysis_key)
          );
          CREATE INDEX papers_key ON papers(key);
          CREATE TABLE entities (
            paper_pk INTEGER NOT NULL REFERENCES papers(pk) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            normalized TEXT NOT NULL,
            ids TEXT NOT NULL,
            page INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (paper_pk, seq)
          ) WITHOUT ROWID;
          CREATE INDEX entities_normalized ON entities(kind, normalized);
          CREATE TABLE findings (
            paper_pk INTEGER NOT NULL REFERENCES papers(pk) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            finding_id TEXT NOT NULL,
            relation TEXT NOT NULL,
            direction TEXT NOT NULL,
            source TEXT,
            mirnas TEXT NOT NULL,
            genes TEXT NOT NULL,
            families TEXT NOT NULL,
            pathways TEXT NOT NULL,
            cancers TEXT NOT NULL,
            cell_lines TEXT NOT NULL,
            outcomes TEXT NOT NULL,
            refs TEXT NOT NULL,
            hedged INTEGER NOT NULL,
            negated INTEGER NOT NULL,
            page INTEGER,
            evidence TEXT,
            json TEXT NOT NULL,
            PRIMARY KEY (paper_pk, seq)
          ) WITHOUT ROWID;
          CREATE INDEX findings_id ON findings(finding_id);
          CREATE TABLE run_papers (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            path TEXT NOT NULL,
            paper_id TEXT,
            status TEXT NOT NULL,
            PRIMARY KEY (run_id, path)
          ) WITHOUT ROWID;
          CREATE INDEX run_papers_paper ON run_papers(paper_id);
          CREATE TABLE failures (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            path TEXT NOT NULL,
            paper_id TEXT,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            page INTEGER,
            at TEXT NOT NULL
          );
          """)
    }
    return migrator
  }
}
