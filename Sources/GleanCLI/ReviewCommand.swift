import ArgumentParser
import Foundation
import GleanDiff

/// `glean review`: walk the changes against the reviewed expectations one at a time, and write
/// the accepted ones into the expected files.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Accept or reject, one at a time, the changes against the expected files.",
    discussion: """
      Compares --expected DIR with the corpus extracted now (or with NEW: a folder, .json,
      .jsonl export or store run, as for glean diff), then shows each change: a finding changed,
      added or removed, with its evidence sentence or table row and the entities marked; a group
      of entity changes (one mention re-normalised on every page is one change); a new or gone
      paper; a paper's moved evidence and new version. Answer a (accept), r (reject), s (skip)
      or q (quit) and Enter. Answers are read line by line from standard input, so a terminal
      over ssh and a pipe both work; the end of input quits.

      Accepted changes are written into the expected files (new papers get DIR/NAME.json); a
      rejected or skipped change leaves the expected file as it was. --accept-all accepts every
      change without asking (to record expectations once they have been read).

      Exit codes: 0 every change accepted (or none); 1 some rejected, skipped or left (or a paper
      fails); 2 error.
      """)

  @Argument(help: "NEW (default: the corpus extracted now).")
  var new: String?

  @Option(name: .long, help: "The folder of reviewed expected files.")
  var expected = "corpus/expected"

  @Option(name: .long, help: "The corpus PDFs.")
  var corpus = "corpus/papers"

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  @Option(name: .long, help: "The store file for a run side.")
  var store: String?

  @Flag(name: .long, help: "Accept every change without asking.")
  var acceptAll = false

  @Flag(name: .long, help: "List the moved findings and entities in the moves items.")
  var showMoved = false

  @Option(name: .long, help: "Colour: auto (on a terminal, unless NO_COLOR is set), always, never.")
  var color = "auto"

  func run() throws {
    let style: Style
    let old: DiffSide
    let newSide: DiffSide
    do {
      style = try DiffInputs.style(color)
      (old, newSide) = try DiffInputs.sides(
        command: "review", sides: new.map { [$0] } ?? [], expected: expected, corpus: corpus,
        config: config, store: store)
    } catch {
      throw DiffInputs.fail("review", "\(error)")
    }
    let report = ExtractionDiff.compare(old: old, new: newSide)
    var files: [Int: String] = [:]
    var originByID: [String: String] = [:]
    for paper in old.papers {
      if let origin = paper.origin { originByID[paper.extraction.paper.id] = origin }
    }
    for (index, paper) in report.details.enumerated() {
      if let id = paper.oldID, let origin = originByID[id] {
        files[index] = origin
      } else if paper.newID != nil {
        files[index] = ExpectedFiles.path(forPaper: paper.file, in: expected)
      }
    }
    let session = ReviewSession(
      report: report, mentions: PaperMentions(old: old, new: newSide), expectedFiles: files,
      style: style, showMoved: showMoved)
    let out = { (text: String) in FileHandle.standardOutput.write(Data(text.utf8)) }
    if session.items.isEmpty {
      out("glean review: nothing to review: \(expected) matches \(newSide.label)\n")
      return
    }
    let result = session.run(
      acceptAll: acceptAll, echo: isatty(STDIN_FILENO) != 1, read: { readLine() }, write: out)
    do {
      try write(session.outcomes(result, old: old, new: newSide), files: files, out: out)
    } catch {
      throw DiffInputs.fail("review", "\(error)")
    }
    out(
      "accepted \(result.accepted), rejected \(result.rejected), skipped \(result.skipped), "
        + "left \(result.left)\n")
    if !result.complete { throw GleanExit.changesFound }
  }

  private func write(
    _ outcomes: [(paper: Int, outcome: ExpectedOutcome)], files: [Int: String],
    out: (String) -> Void
  ) throws {
    for (paper, outcome) in outcomes {
      guard let file = files[paper] else { continue }
      switch outcome {
      case .keep:
        continue
      case .write(let extraction):
        try FileManager.default.createDirectory(
          atPath: expected, withIntermediateDirectories: true)
        try ExpectedFiles.write(extraction, to: file)
        out("wrote \(file)\n")
      case .remove:
        try ExpectedFiles.remove(file)
        out("removed \(file)\n")
      }
    }
  }
}
