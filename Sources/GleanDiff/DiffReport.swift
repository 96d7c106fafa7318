/// Papers counted by what happened to them.
public struct PaperCounts: Sendable, Codable, Equatable {
  public var old = 0
  public var new = 0
  public var unchanged = 0
  public var changed = 0
  public var added = 0
  public var removed = 0
  public var failing = 0
  public var recovered = 0
  public var stillFailing = 0

  public init() {}

  enum CodingKeys: String, CodingKey {
    case old, new, unchanged, changed, added, removed, failing, recovered
    case stillFailing = "still_failing"
  }
}

/// The differences between two sets of extractions, paper by paper: what `glean diff` prints
/// and `glean review` walks. Its JSON is what `glean diff --json` prints.
public struct DiffReport: Sendable, Codable, Equatable {
  /// What the old and new sides were (`corpus/expected`, `run:3`, `out.jsonl`).
  public var old: String
  public var new: String
  /// Remarks on the comparison (`entities not compared: … has findings only`).
  public var notes: [String]
  public var papers: PaperCounts
  public var counts: ChangeCounts
  /// Every paper of either side, in key order, the unchanged ones included.
  public var details: [PaperDiff]

  public init(old: String, new: String, notes: [String], details: [PaperDiff]) {
    self.old = old
    self.new = new
    self.notes = notes
    self.details = details
    var papers = PaperCounts()
    var counts = ChangeCounts()
    for paper in details {
      counts.add(paper.counts)
      switch paper.status {
      case .unchanged: papers.unchanged += 1
      case .changed: papers.changed += 1
      case .added: papers.added += 1
      case .removed: papers.removed += 1
      case .failing: papers.failing += 1
      case .recovered: papers.recovered += 1
      case .stillFailing: papers.stillFailing += 1
      }
      if paper.oldID != nil { papers.old += 1 }
      if paper.newID != nil { papers.new += 1 }
    }
    self.papers = papers
    self.counts = counts
  }

  /// Whether anything changed besides moved evidence and new file versions: `glean diff` exits
  /// 1 then.
  public var hasChanges: Bool { details.contains(where: \.hasChanges) }
}
