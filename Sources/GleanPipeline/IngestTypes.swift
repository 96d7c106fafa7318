import GleanConfig
import GleanStore

/// What `glean ingest` was asked to do.
public struct IngestOptions: Sendable {
  /// The papers, expanded (see ``InputScanner``).
  public var inputs: [String]
  /// The effective configuration.
  public var config: PipelineConfig
  /// Number of worker processes.
  public var workers: Int
  /// Extract again papers already in the store.
  public var force: Bool
  /// How to start a worker.
  public var launch: WorkerLaunch
  /// The skip key (``ConfigDigest/analysisKey(config:toolVersion:dictionaryVersions:)``).
  public var analysisKey: String
  /// The run's record.
  public var run: NewRun
  /// Folder for the workers' error logs.
  public var scratchFolder: String

  public init(
    inputs: [String], config: PipelineConfig, workers: Int, force: Bool, launch: WorkerLaunch,
    analysisKey: String, run: NewRun, scratchFolder: String
  ) {
    self.inputs = inputs
    self.config = config
    self.workers = workers
    self.force = force
    self.launch = launch
    self.analysisKey = analysisKey
    self.run = run
    self.scratchFolder = scratchFolder
  }
}

/// Where a run is, reported after each paper.
public struct IngestProgress: Sendable, Equatable {
  public var total: Int
  /// Inputs finished (stored, skipped, duplicate or failed).
  public var done: Int
  public var stored: Int
  public var skipped: Int
  public var duplicates: Int
  public var failed: Int
  /// Pages of the stored papers.
  public var pages: Int
  /// Seconds since the run started.
  public var elapsed: Double

  public init() {
    total = 0
    done = 0
    stored = 0
    skipped = 0
    duplicates = 0
    failed = 0
    pages = 0
    elapsed = 0
  }

  /// Seconds left, from the pace of the papers extracted so far (skips are nearly free).
  public var eta: Double? {
    guard stored + failed > 0, elapsed > 0 else { return nil }
    let remaining = total - done
    return Double(remaining) * elapsed / Double(stored + failed)
  }
}

/// The outcome of `glean ingest`; `--json` prints it.
public struct IngestSummary: Sendable, Equatable, Codable {
  /// `finished`, `interrupted`.
  public var status: String
  public var run: Int64
  public var store: String
  public var workers: Int
  public var inputs: Int
  public var stored: Int
  public var skipped: Int
  public var duplicates: Int
  public var failed: Int
  /// Pages of the stored papers.
  public var pages: Int
  public var findings: Int
  public var entities: Int
  public var seconds: Double
  public var papersPerSecond: Double
  public var pagesPerSecond: Double
  /// Worker processes started (more than `workers` when some were replaced).
  public var workerStarts: Int
  /// Peak resident memory of the parent process, MiB.
  public var parentPeakMB: Double
  /// Largest peak resident memory of a worker process, MiB.
  public var workerPeakMB: Double
  /// CPU time of the parent process (hashing, decoding answers, storing), seconds.
  public var parentCPUSeconds: Double
  public var failures: [FailureRecord]

  enum CodingKeys: String, CodingKey {
    case status, run, store, workers, inputs, stored, skipped, duplicates, failed, pages
    case findings, entities, seconds
    case papersPerSecond = "papers_per_second"
    case pagesPerSecond = "pages_per_second"
    case workerStarts = "worker_starts"
    case parentPeakMB = "parent_peak_mb"
    case workerPeakMB = "worker_peak_mb"
    case parentCPUSeconds = "parent_cpu_seconds"
    case failures
  }
}

/// Why a run could not go on (the store failed, or no worker could start).
public struct IngestError: Error, Sendable, CustomStringConvertible {
  public var reason: String
  public init(reason: String) { self.reason = reason }
  public var description: String { reason }
}
