import ArgumentParser
import Foundation
import GleanConfig
import GleanPipeline
import GleanStore

/// `glean show PAPER`: one paper's findings from the store.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print one stored paper and its findings.",
    discussion: "PAPER is a SHA-256 (or its first 6+ characters), a path, a file name or a key.")

  @Argument(help: "The paper: SHA-256 prefix, path, file name or key.")
  var paper: String

  @Option(name: .long, help: "The SQLite store (default: stages.store.path, glean.sqlite).")
  var store: String?

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  @Flag(name: .long, help: "Print the paper as JSON (paper, quality, entities, findings).")
  var json = false

  func run() throws {
    let matches: [StoredPaper]
    do {
      let pipeline = try ConfigLoader.loadEffective(path: config)
      matches = try SQLiteFindingStore.openForReading(path: store ?? pipeline.stages.store.path)
        .papers(matching: paper)
    } catch {
      throw fail("\(error)")
    }
    // One paper may have several records (one per configuration): show the latest.
    let ids = Set(matches.map(\.record.paper.id))
    guard let latest = matches.max(by: { $0.runID < $1.runID }) else {
      throw fail("no paper matching \(paper) in the store")
    }
    guard ids.count == 1 else {
      let list = ids.sorted().map { "  " + $0 }.joined(separator: "\n")
      throw fail("\(paper) matches \(ids.count) papers; give more of the id:\n\(list)")
    }
    if json {
      print(try PaperView.json(latest))
    } else {
      print(PaperView.text(latest), terminator: "")
    }
  }

  private func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("glean show: \(message)\n".utf8))
    return GleanExit.cannotRun
  }
}
