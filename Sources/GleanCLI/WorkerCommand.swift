import ArgumentParser
import Foundation
import GleanPipeline

/// `glean worker`: the isolated process `glean ingest` starts to extract papers (hidden).
struct WorkerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "worker",
    abstract: "Extract papers named on standard input, one JSON answer a line (for glean ingest).",
    shouldDisplay: false)

  @Option(name: .long, help: "Address-space limit in MiB (0: none).")
  var memoryMb = 0

  @Option(name: .long, help: "Species prefix of miRNA names written without one.")
  var species = "hsa"

  @Option(name: .long, help: "Dictionary folder (default: bundled).")
  var dictionaries: String?

  @Option(name: .long, help: "Recogniser rule folder (default: bundled).")
  var recogniserRules: String?

  @Option(name: .long, help: "Finding rule folder (default: bundled).")
  var findingRules: String?

  func run() throws {
    let settings = PaperStages.Settings(
      species: species, dictionaries: dictionaries, recogniserRules: recogniserRules,
      findingRules: findingRules)
    let status = WorkerLoop.run(memoryMB: memoryMb) {
      try PaperStages(settings: settings)
    }
    if status != 0 { throw ExitCode(status) }
  }
}
