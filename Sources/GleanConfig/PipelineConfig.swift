/// The configuration of batch ingestion, read from `pipeline.yaml`.
///
/// A paper goes through the stages extract → segment → recognise → findings → store. The first
/// four run inside isolated worker processes (the PDF is untrusted input), one paper at a time per
/// worker, so they share the worker count of `extract`; `store` runs in the parent process, the one
/// writer of the database. The parent joins the workers and the store with bounded queues.
public struct PipelineConfig: Sendable, Equatable, Codable {
  /// The version of the file format; only 1 exists.
  public var version: Int
  /// The species prefix given to miRNA names written without one (`hsa`).
  public var species: String
  /// The stages and their settings.
  public var stages: Stages
  /// Limits applied to each paper.
  public var limits: Limits
  /// Capacity of each bounded queue between the parent's stages (papers waiting, never dropped).
  public var queueCapacity: Int

  /// The defaults: the bundled dictionaries and rules, one worker per core, `glean.sqlite`.
  public init(
    version: Int = 1, species: String = "hsa", stages: Stages = Stages(), limits: Limits = Limits(),
    queueCapacity: Int = 8
  ) {
    self.version = version
    self.species = species
    self.stages = stages
    self.limits = limits
    self.queueCapacity = queueCapacity
  }

  /// The stages of a paper's way through the pipeline.
  public struct Stages: Sendable, Equatable, Codable {
    public var extract: Extract
    public var segment: Segment
    public var recognise: Recognise
    public var findings: Findings
    public var store: Store

    public init(
      extract: Extract = Extract(), segment: Segment = Segment(),
      recognise: Recognise = Recognise(),
      findings: Findings = Findings(), store: Store = Store()
    ) {
      self.extract = extract
      self.segment = segment
      self.recognise = recognise
      self.findings = findings
      self.store = store
    }
  }

  /// Text extraction from the PDF: the stage that parses untrusted input.
  public struct Extract: Sendable, Equatable, Codable {
    /// Number of worker processes; 0 means one per core. `glean ingest --jobs N` overrides it.
    public var workers: Int

    public init(workers: Int = 0) { self.workers = workers }
  }

  /// Sentence and word segmentation (ICU). Runs in the extract worker; no settings yet.
  public struct Segment: Sendable, Equatable, Codable {
    public init() {}
  }

  /// Entity recognition.
  public struct Recognise: Sendable, Equatable, Codable {
    /// Folder of dictionary files that replace the bundled ones; empty means the bundled ones.
    public var dictionaries: String
    /// Folder of recogniser rule files that replace the bundled ones; empty means bundled.
    public var rules: String

    public init(dictionaries: String = "", rules: String = "") {
      self.dictionaries = dictionaries
      self.rules = rules
    }
  }

  /// Finding extraction.
  public struct Findings: Sendable, Equatable, Codable {
    /// Folder of finding rules that replace the bundled ones; empty means the bundled ones.
    public var rules: String

    public init(rules: String = "") { self.rules = rules }
  }

  /// The store: the parent's single writer.
  public struct Store: Sendable, Equatable, Codable {
    /// Always 1: SQLite has one writer, and one transaction per paper keeps it consistent.
    public var workers: Int
    /// Path of the SQLite file, relative to the working folder. `--store PATH` overrides it.
    public var path: String

    public init(workers: Int = 1, path: String = "glean.sqlite") {
      self.workers = workers
      self.path = path
    }
  }

  /// Limits that isolate one paper from the batch.
  public struct Limits: Sendable, Equatable, Codable {
    /// Wall-clock seconds a worker may spend on one paper before it is killed (`timeout`).
    public var secondsPerPaper: Double
    /// Address-space limit of each worker process, in MiB (`setrlimit(RLIMIT_AS)`); 0 = none.
    public var memoryMB: Int

    public init(secondsPerPaper: Double = 120, memoryMB: Int = 4096) {
      self.secondsPerPaper = secondsPerPaper
      self.memoryMB = memoryMB
    }
  }
}

extension PipelineConfig {
  /// The number of worker processes: `stages.extract.workers`, or one per core when it is 0.
  public func workerCount(cores: Int) -> Int {
    stages.extract.workers > 0 ? stages.extract.workers : max(1, cores)
  }
}
