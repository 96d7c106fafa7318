import ArgumentParser
import Foundation
import GleanConfig
import GleanDiff

/// `glean diff OLD NEW` and `glean diff --expected DIR`: what changed in the findings and entities,
/// paper by paper.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract:
      "Show what changed in the findings and entities between two runs, exports or folders.",
    discussion: """
      OLD and NEW are each a folder of expected files (one `glean extract` document per paper,
      *.json), one .json document, a .jsonl export (`glean export --format jsonl`: findings
      only, so entities are not compared), or a run of the store: run:ID (or ID), run:latest,
      run:previous (--store names the store; default: stages.store.path of the configuration).

      --expected DIR extracts now each corpus paper DIR has an expected file for (and each PDF
      of --corpus without one, as a new paper), with the configuration's dictionaries and rules,
      and compares: DIR is OLD, the fresh extraction is NEW. Given one side besides --expected,
      that side is NEW instead.

      Papers are matched by file id, then key and file name; findings by id, or as the same
      claim when the id changed (same evidence and references, or mostly the same content: shown
      as changed, with the fields old → new); entities by span, or by text and sentence when
      they moved. A mention with the same span and a new name or id is re-normalised. Findings
      and mentions that only moved (new page, offsets, box, line breaks or spacing, or a
      sentence cut at another place) are counted apart and listed with --show-moved; a new file
      version (id, pages) with the same findings is not a change.

      Exit codes: 0 no changes; 1 changes (findings, entities, papers added, removed or failing);
      2 error (unreadable side, bad configuration, bad usage).
      """)

  @Argument(help: "OLD and NEW (see below); with --expected, NEW only, or nothing.")
  var sides: [String] = []

  @Option(
    name: .long, help: "A folder of reviewed expected files, compared with a fresh extraction.")
  var expected: String?

  @Option(name: .long, help: "The corpus PDFs for --expected.")
  var corpus = "corpus/papers"

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  @Option(name: .long, help: "The store file for run sides.")
  var store: String?

  @Flag(name: .long, help: "Print the report as JSON.")
  var json = false

  @Flag(name: .long, help: "List findings and entities that only moved.")
  var showMoved = false

  @Option(name: .long, help: "Colour: auto (on a terminal, unless NO_COLOR is set), always, never.")
  var color = "auto"

  func run() throws {
    let style: Style
    let old: DiffSide
    let new: DiffSide
    do {
      style = try DiffInputs.style(color)
      (old, new) = try DiffInputs.sides(
        command: "diff", sides: sides, expected: expected, corpus: corpus, config: config,
        store: store)
    } catch {
      throw DiffInputs.fail("diff", "\(error)")
    }
    let report = ExtractionDiff.compare(old: old, new: new)
    if json {
      FileHandle.standardOutput.write(Data(try PrettyJSON.string(report).utf8))
    } else {
      let text = TextReport(
        style: style, showMoved: showMoved, mentions: PaperMentions(old: old, new: new))
      FileHandle.standardOutput.write(Data(text.render(report).utf8))
    }
    if report.hasChanges { throw GleanExit.changesFound }
  }
}

/// What `glean diff` and `glean review` share: reading the sides and the colour choice.
enum DiffInputs {
  static func style(_ choice: String) throws -> Style {
    switch choice {
    case "auto": return .forStandardOutput()
    case "always": return Style(colour: true)
    case "never": return .plain
    default: throw ValidationError("--color must be auto, always or never, not \(choice)")
    }
  }

  /// The old and new sides from the arguments.
  static func sides(
    command: String, sides: [String], expected: String?, corpus: String, config: String?,
    store: String?
  ) throws -> (DiffSide, DiffSide) {
    let pipeline = try ConfigLoader.loadEffective(path: config)
    let storePath = store ?? pipeline.stages.store.path
    if let expected {
      guard sides.count <= 1 else {
        throw ValidationError("with --expected, give at most one side (NEW)")
      }
      let old = try Comparison.expected(expected)
      if let side = sides.first {
        return (old, try SideLoader.load(try SideSpec.parse(side), store: storePath))
      }
      let interactive = isatty(STDERR_FILENO) == 1
      let new = try Comparison.extractNow(
        expected: old, corpus: corpus, config: pipeline,
        progress: { index, count, path in
          if interactive {
            FileHandle.standardError.write(
              Data("\r\u{1B}[Kextracting \(index + 1)/\(count) \(path)".utf8))
          }
        })
      if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
      return (old, new)
    }
    guard sides.count == 2 else {
      throw ValidationError("give OLD and NEW, or --expected DIR (see glean \(command) --help)")
    }
    return try Comparison.sides(old: sides[0], new: sides[1], store: storePath)
  }

  static func fail(_ command: String, _ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("glean \(command): error: \(message)\n".utf8))
    return GleanExit.cannotRun
  }
}
