import GleanFindings

/// An entity mention as stored: the columns a query needs, plus the mention's JSON as the
/// recogniser wrote it.
///
/// Its `Codable` form is a JSON array, `[kind, text, normalized, ids, page, start, end, json]`:
/// a paper has hundreds of mentions, and an array costs its reader no key look-ups.
public struct EntityRecord: Sendable, Codable, Equatable {
  /// `mirna`, `gene`, `family`, `pathway`, `cell_line`, `cancer`, `exosome_source`, ….
  public var kind: String
  /// The mention as written in the paper.
  public var text: String
  /// The normalised name.
  public var normalized: String
  /// Database ids.
  public var ids: [String]
  /// 1-based page (0 when unknown).
  public var page: Int
  /// Start, in Unicode scalars, into that page's text as `glean text` prints it.
  public var start: Int
  /// End (exclusive), likewise.
  public var end: Int
  /// The mention's JSON as `glean entities` prints it.
  public var json: String

  public init(
    kind: String, text: String, normalized: String, ids: [String], page: Int, start: Int, end: Int,
    json: String
  ) {
    self.kind = kind
    self.text = text
    self.normalized = normalized
    self.ids = ids
    self.page = page
    self.start = start
    self.end = end
    self.json = json
  }

  public init(from decoder: any Decoder) throws {
    var fields = try decoder.unkeyedContainer()
    kind = try fields.decode(String.self)
    text = try fields.decode(String.self)
    normalized = try fields.decode(String.self)
    ids = try fields.decode([String].self)
    page = try fields.decode(Int.self)
    start = try fields.decode(Int.self)
    end = try fields.decode(Int.self)
    json = try fields.decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.unkeyedContainer()
    try fields.encode(kind)
    try fields.encode(text)
    try fields.encode(normalized)
    try fields.encode(ids)
    try fields.encode(page)
    try fields.encode(start)
    try fields.encode(end)
    try fields.encode(json)
  }
}

/// What one paper gave: the record the store keeps for it.
public struct PaperRecord: Sendable, Codable, Equatable {
  public var paper: PaperInfo
  public var quality: PaperQuality
  public var entities: [EntityRecord]
  public var findings: [Finding]

  public init(
    paper: PaperInfo, quality: PaperQuality, entities: [EntityRecord], findings: [Finding]
  ) {
    self.paper = paper
    self.quality = quality
    self.entities = entities
    self.findings = findings
  }
}

/// A paper read back from the store.
public struct StoredPaper: Sendable, Equatable {
  /// The record as it was stored (`paper.file` is the path it was first ingested from).
  public var record: PaperRecord
  /// The run that stored it.
  public var runID: Int64
  /// The analysis key it was extracted under.
  public var analysisKey: String
  /// When it was stored (ISO 8601, UTC).
  public var storedAt: String

  public init(record: PaperRecord, runID: Int64, analysisKey: String, storedAt: String) {
    self.record = record
    self.runID = runID
    self.analysisKey = analysisKey
    self.storedAt = storedAt
  }
}

/// What happened to one input of a run.
public enum InputStatus: String, Sendable, Codable, CaseIterable {
  /// Extracted and stored by this run.
  case stored
  /// Already in the store with the same bytes and analysis key: not done again.
  case skipped
  /// The same bytes as another input of this run.
  case duplicate
  /// Could not be ingested; the reason is in the failures.
  case failed
}

/// A run about to start.
public struct NewRun: Sendable, Equatable {
  public var toolVersion: String
  /// SHA-256 of the effective configuration text.
  public var configHash: String
  /// The skip key of the run's papers (see `ConfigDigest.analysisKey`).
  public var analysisKey: String
  /// The effective configuration, as `glean config` prints it.
  public var configYAML: String
  /// The dictionary versions, as JSON.
  public var dictionaryVersions: String
  /// The command line.
  public var command: String
  /// Number of worker processes.
  public var workers: Int
  /// Number of inputs.
  public var inputs: Int

  public init(
    toolVersion: String, configHash: String, analysisKey: String, configYAML: String,
    dictionaryVersions: String, command: String, workers: Int, inputs: Int
  ) {
    self.toolVersion = toolVersion
    self.configHash = configHash
    self.analysisKey = analysisKey
    self.configYAML = configYAML
    self.dictionaryVersions = dictionaryVersions
    self.command = command
    self.workers = workers
    self.inputs = inputs
  }
}

/// A run as listed by `glean runs`.
public struct RunRecord: Sendable, Equatable, Codable {
  public var id: Int64
  public var startedAt: String
  /// `nil` while running, or when the run was killed.
  public var endedAt: String?
  /// `running`, `finished`, or `interrupted` (stopped by a signal).
  public var status: String
  public var toolVersion: String
  public var configHash: String
  public var analysisKey: String
  public var dictionaryVersions: String
  public var command: String
  public var workers: Int
  public var inputs: Int
  /// Inputs by status, counted from the run's inventory.
  public var stored: Int
  public var skipped: Int
  public var duplicates: Int
  public var failed: Int

  enum CodingKeys: String, CodingKey {
    case id
    case startedAt = "started_at"
    case endedAt = "ended_at"
    case status
    case toolVersion = "tool_version"
    case configHash = "config_hash"
    case analysisKey = "analysis_key"
    case dictionaryVersions = "dictionary_versions"
    case command, workers, inputs, stored, skipped, duplicates, failed
  }
}

/// A paper that could not be ingested, with the reason.
public struct FailureRecord: Sendable, Equatable, Codable {
  /// The input path.
  public var path: String
  /// SHA-256 of its bytes, when they could be read.
  public var paperID: String?
  /// Machine-readable: a PDF error code (`not-pdf`, `encrypted`, …), `timeout`, `worker-crashed`,
  /// `memory-limit`, `store-error`.
  public var code: String
  /// One line for a person.
  public var reason: String
  /// 1-based page, when one page is to blame.
  public var page: Int?

  public init(path: String, paperID: String?, code: String, reason: String, page: Int? = nil) {
    self.path = path
    self.paperID = paperID
    self.code = code
    self.reason = reason
    self.page = page
  }

  enum CodingKeys: String, CodingKey {
    case path
    case paperID = "paper_id"
    case code, reason, page
  }
}
