import GleanFindings

/// A paper that could not be extracted on one side.
public struct SideFailure: Sendable, Codable, Equatable {
  /// The input path.
  public var path: String
  /// SHA-256 of its bytes, when they could be read.
  public var paperID: String?
  /// Why it failed, for a person.
  public var reason: String

  public init(path: String, paperID: String?, reason: String) {
    self.path = path
    self.paperID = paperID
    self.reason = reason
  }

  enum CodingKeys: String, CodingKey {
    case path
    case paperID = "paper_id"
    case reason
  }
}

/// A paper on one side, with the file it was read from (an expected file), if any.
public struct SidePaper: Sendable, Equatable {
  public var extraction: PaperExtraction
  /// The file that holds this paper's record (`corpus/expected/NAME.json`); `nil` when it came
  /// from a store, an export or a fresh extraction.
  public var origin: String?

  public init(_ extraction: PaperExtraction, origin: String? = nil) {
    self.extraction = extraction
    self.origin = origin
  }
}

/// One side of a comparison: the papers of a run, an export file, a folder of expected files, or
/// a fresh extraction, with the papers that failed.
public struct DiffSide: Sendable, Equatable {
  /// What it is, for the report (`corpus/expected`, `run:3`, `out.jsonl`).
  public var label: String
  public var papers: [SidePaper]
  public var failures: [SideFailure]
  /// False for an export file: it has findings and paper ids only, no entities, page counts,
  /// languages or quality.
  public var complete: Bool
  /// Remarks for the report (`run:4 was interrupted: it may lack papers`).
  public var notes: [String]

  public init(
    label: String, papers: [SidePaper], failures: [SideFailure] = [], complete: Bool = true,
    notes: [String] = []
  ) {
    self.label = label
    self.papers = papers
    self.failures = failures
    self.complete = complete
    self.notes = notes
  }

  /// A complete side of extractions, none failing.
  public init(label: String, extractions: [PaperExtraction]) {
    self.init(label: label, papers: extractions.map { SidePaper($0) })
  }
}
