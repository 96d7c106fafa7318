import ArgumentParser
import Foundation
import GleanConfig
import GleanPipeline
import GleanStore

/// `glean export`: the store's findings as JSON Lines, CSV or BioC JSON.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the stored findings as JSON Lines, CSV or BioC JSON.",
    discussion: """
      Without --run, every paper in the store with its latest extraction; with --run ID, the
      papers of that run (stored or skipped by it). Papers in path order.
      """)

  @Option(name: .long, help: "jsonl (one finding a line), csv, or bioc (BioC JSON).")
  var format: String

  @Option(name: .customLong("run"), help: "Only the papers of this run (see glean runs).")
  var runID: Int64?

  @Option(name: .long, help: "The SQLite store (default: stages.store.path, glean.sqlite).")
  var store: String?

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    guard let exportFormat = ExportFormat(rawValue: format) else {
      throw fail("--format must be one of jsonl, csv, bioc (got \(format))")
    }
    let findingStore: SQLiteFindingStore
    do {
      let pipeline = try ConfigLoader.loadEffective(path: config)
      findingStore = try SQLiteFindingStore.openForReading(
        path: store ?? pipeline.stages.store.path)
      if let runID, try !findingStore.runs().contains(where: { $0.id == runID }) {
        throw fail("\(findingStore.path): no run \(runID) (see glean runs)")
      }
    } catch let error as ExitCode {
      throw error
    } catch {
      throw fail("\(error)")
    }

    let handle: FileHandle
    if let output {
      guard FileManager.default.createFile(atPath: output, contents: nil),
        let file = FileHandle(forWritingAtPath: output)
      else {
        throw fail("\(output): cannot be written")
      }
      handle = file
    } else {
      handle = FileHandle.standardOutput
    }
    var stream = FileOutputStream(handle: handle)
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    var writer = exportFormat.makeWriter(
      toolVersion: GleanVersion.current, date: formatter.string(from: Date()))
    do {
      writer.begin(&stream)
      try findingStore.forEachPaper(run: runID) { paper in
        try writer.write(paper, to: &stream)
      }
      writer.end(&stream)
      stream.flush()
    } catch {
      throw fail("\(error)")
    }
    if output != nil { try? handle.close() }
  }

  private func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("glean export: \(message)\n".utf8))
    return GleanExit.cannotRun
  }
}
