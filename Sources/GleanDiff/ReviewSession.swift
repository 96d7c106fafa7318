import Foundation
import GleanFindings

/// A reviewer's answer to one item.
public enum ReviewAnswer: String, Sendable, Equatable {
  case accept, reject, skip, quit

  /// Reads a typed answer: `a`/`y`, `r`/`n`, `s`, `q` (or the whole word); `nil` otherwise.
  public init?(typed: String) {
    switch typed.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
    case "a", "y", "yes", "accept": self = .accept
    case "r", "n", "no", "reject": self = .reject
    case "s", "skip": self = .skip
    case "q", "quit", "exit": self = .quit
    default: return nil
    }
  }
}

/// What a review decided.
public struct ReviewResult: Sendable, Equatable {
  /// Accepted changes, by index into ``DiffReport/details``.
  public var decisions: [Int: PaperDecisions] = [:]
  public var accepted = 0
  public var rejected = 0
  public var skipped = 0
  /// Items not answered: after `quit`, failing papers, or items of a paper whose creation was
  /// not accepted.
  public var left = 0
  public var quit = false

  public init() {}

  /// Whether every change was accepted: the expected files now match the new side.
  public var complete: Bool { rejected == 0 && skipped == 0 && left == 0 }
}

/// Walks the changes of a report one at a time and asks accept / reject / skip / quit, reading
/// answers line by line (a terminal, or a pipe: it needs no cursor control).
public struct ReviewSession {
  public var report: DiffReport
  public var items: [ReviewItem]
  var display: ReviewDisplay
  var expectedFiles: [Int: String]

  /// `expectedFiles` gives, by index into the report's details, the expected file a paper's
  /// accepted changes go to.
  public init(
    report: DiffReport, mentions: PaperMentions, expectedFiles: [Int: String], style: Style,
    showMoved: Bool
  ) {
    self.report = report
    self.items = ReviewPlan.items(report)
    self.display = ReviewDisplay(style: style, showMoved: showMoved, mentions: mentions)
    self.expectedFiles = expectedFiles
  }

  /// The prompt after each item.
  public static let prompt = "accept, reject, skip or quit? [a/r/s/q] "

  /// Asks about every item; `read` returns the next answer line (`nil` at the end of input, which
  /// quits), `write` shows text. With `acceptAll`, accepts every acceptable item without asking.
  /// With `echo`, each answer read is written after its prompt (for input that is not typed on
  /// a terminal, so that the transcript shows it).
  public func run(
    acceptAll: Bool, echo: Bool = false, read: () -> String?, write: (String) -> Void
  ) -> ReviewResult {
    var result = ReviewResult()
    var declinedPapers = Set<Int>()
    for (number, item) in items.enumerated() {
      let paper = report.details[item.paper]
      if result.quit || declinedPapers.contains(item.paper) {
        result.left += 1
        continue
      }
      if !acceptAll || !item.acceptable {
        let name = TextReport(style: display.style, showMoved: false).displayName(paper)
        write(
          display.style.bold(
            "[\(number + 1)/\(items.count)] \(name): \(display.title(item, paper: paper))") + "\n"
        )
        let lines = display.lines(item, paper: paper, expectedFile: expectedFiles[item.paper])
        write(lines.joined(separator: "\n") + "\n")
      }
      guard item.acceptable else {
        result.left += 1
        continue
      }
      let answer: ReviewAnswer =
        acceptAll ? .accept : ask(echo: echo, read: read, write: write)
      switch answer {
      case .accept:
        result.accepted += 1
        result.decisions[item.paper, default: PaperDecisions()].accept(item)
      case .reject:
        result.rejected += 1
        if item.kind == .paperAdded { declinedPapers.insert(item.paper) }
      case .skip:
        result.skipped += 1
        if item.kind == .paperAdded { declinedPapers.insert(item.paper) }
      case .quit:
        result.quit = true
        result.left += 1
      }
    }
    return result
  }

  private func ask(echo: Bool, read: () -> String?, write: (String) -> Void) -> ReviewAnswer {
    while true {
      write(Self.prompt)
      guard let line = read() else {
        write("\n(end of input: quitting)\n")
        return .quit
      }
      if echo { write(line + "\n") }
      if let answer = ReviewAnswer(typed: line) {
        write("\n")
        return answer
      }
      write(
        "  a = accept (write it to the expected file), r = reject (keep the expected as it is), "
          + "s = skip (decide later), q = quit (write what was accepted so far)\n")
    }
  }

  /// What becomes of each expected file, by index into the report's details.
  public func outcomes(_ result: ReviewResult, old: DiffSide, new: DiffSide) -> [(
    paper: Int, outcome: ExpectedOutcome
  )] {
    var byOldID: [String: PaperExtraction] = [:]
    var byNewID: [String: PaperExtraction] = [:]
    for paper in old.papers { byOldID[paper.extraction.paper.id] = paper.extraction }
    for paper in new.papers { byNewID[paper.extraction.paper.id] = paper.extraction }
    return result.decisions.keys.sorted().map { index in
      let diff = report.details[index]
      let outcome = ReviewApply.apply(
        diff, old: diff.oldID.flatMap { byOldID[$0] }, new: diff.newID.flatMap { byNewID[$0] },
        decisions: result.decisions[index] ?? PaperDecisions())
      return (index, outcome)
    }
  }
}

extension PaperDecisions {
  mutating func accept(_ item: ReviewItem) {
    switch item.kind {
    case .paperAdded: paperAdded = true
    case .paperRemoved: paperRemoved = true
    case .paperFailing: break
    case .paperFields: paperFields = true
    case .moves: version = true
    case .findingChanged, .findingAdded, .findingRemoved, .entities: break
    }
    findings.formUnion(item.findings)
    entities.formUnion(item.entities)
  }
}
