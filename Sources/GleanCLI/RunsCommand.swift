import ArgumentParser
import Foundation
import GleanConfig
import GleanStore

/// `glean runs`: the runs recorded in the store.
struct RunsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "runs", abstract: "List the ingestion runs recorded in the store.")

  @Option(name: .long, help: "The SQLite store (default: stages.store.path, glean.sqlite).")
  var store: String?

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  @Flag(name: .long, help: "Print the runs as JSON.")
  var json = false

  func run() throws {
    let runs: [RunRecord]
    do {
      let pipeline = try ConfigLoader.loadEffective(path: config)
      runs = try SQLiteFindingStore.openForReading(path: store ?? pipeline.stages.store.path)
        .runs()
    } catch {
      FileHandle.standardError.write(Data("glean runs: \(error)\n".utf8))
      throw GleanExit.cannotRun
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(runs), as: UTF8.self))
      return
    }
    print(
      "run  started                   ended                     status       workers"
        + "  inputs  stored  skipped  dup  failed  config")
    for run in runs {
      let status = run.endedAt == nil && run.status == "running" ? "unfinished" : run.status
      let fields = [
        pad(String(run.id), 4), pad(run.startedAt, 25), pad(run.endedAt ?? "-", 25),
        pad(status, 12), pad(String(run.workers), 7, right: true),
        pad(String(run.inputs), 7, right: true), pad(String(run.stored), 6, right: true),
        pad(String(run.skipped), 7, right: true), pad(String(run.duplicates), 4, right: true),
        pad(String(run.failed), 6, right: true), String(run.configHash.prefix(12)),
      ]
      print(fields.joined(separator: " "))
    }
  }

  private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    guard text.count < width else { return text }
    let space = String(repeating: " ", count: width - text.count)
    return right ? space + text : text + space
  }
}
