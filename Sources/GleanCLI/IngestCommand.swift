import ArgumentParser
import Foundation
import GleanConfig
import GleanPipeline
import GleanStore

#if canImport(Glibc)
  import Glibc
#endif

/// `glean ingest PATH…`: a batch of papers into the store, each isolated in a worker process.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Extract a batch of papers into the store (resumable; skips what is stored).",
    discussion: """
      PATH is a PDF, a folder (walked recursively for *.pdf) or @LIST (a file of paths, one a
      line). Each paper is parsed in a worker process with the time and memory limits of
      pipeline.yaml; a paper that fails, crashes its worker or hangs is recorded with the reason
      and the batch goes on. Exit codes: 0 every paper stored or skipped; 1 some papers failed;
      2 could not run (configuration, store, workers); 130 stopped by a signal.
      """)

  @Argument(help: "PDF files, folders, or @LIST files.")
  var paths: [String]

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  @Option(name: .long, help: "The SQLite store (default: stages.store.path, glean.sqlite).")
  var store: String?

  @Option(name: .long, help: "Number of worker processes (default: stages.extract.workers).")
  var jobs: Int?

  @Flag(name: .long, help: "Extract again papers already in the store.")
  var force = false

  @Flag(name: .long, help: "Print the summary as JSON.")
  var json = false

  @Flag(name: .long, help: "No progress line.")
  var quiet = false

  func run() throws {
    guard !paths.isEmpty else { throw fail("give at least one PDF, folder or @LIST") }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var pipeline: PipelineConfig
    do {
      pipeline = try ConfigLoader.loadEffective(path: config)
    } catch {
      throw fail(error.description)
    }
    if let jobs {
      guard jobs >= 1 else { throw fail("--jobs must be at least 1") }
      pipeline.stages.extract.workers = jobs
    }
    let storePath = store ?? pipeline.stages.store.path
    pipeline.stages.store.path = storePath
    let workers = pipeline.workerCount(cores: cores)

    let inputs: [String]
    do {
      inputs = try InputScanner.expand(paths)
    } catch {
      throw fail(error.description)
    }

    let identity: RunIdentity
    let findingStore: SQLiteFindingStore
    do {
      identity = try RunIdentity(config: pipeline, toolVersion: GleanVersion.current, cores: cores)
      findingStore = try SQLiteFindingStore.openForWriting(path: storePath)
    } catch let error as IngestError {
      throw fail(error.description)
    } catch {
      throw fail("\(error)")
    }

    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-ingest-\(getpid())")
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }

    var workerArguments = [
      "worker", "--memory-mb", String(pipeline.limits.memoryMB), "--species", pipeline.species,
    ]
    for (flag, folder) in [
      ("--dictionaries", pipeline.stages.recognise.dictionaries),
      ("--recogniser-rules", pipeline.stages.recognise.rules),
      ("--finding-rules", pipeline.stages.findings.rules),
    ] where !folder.isEmpty {
      workerArguments += [flag, folder]
    }
    let options = IngestOptions(
      inputs: inputs, config: pipeline, workers: workers, force: force,
      launch: WorkerLaunch(
        executable: WorkerLaunch.currentExecutable(), arguments: workerArguments),
      analysisKey: identity.analysisKey,
      run: NewRun(
        toolVersion: GleanVersion.current, configHash: identity.configHash,
        analysisKey: identity.analysisKey, configYAML: identity.configYAML,
        dictionaryVersions: identity.dictionaryVersionsJSON,
        command: CommandLine.arguments.joined(separator: " "), workers: workers,
        inputs: inputs.count),
      scratchFolder: scratch.path)
    let runner = IngestRunner(options: options, store: findingStore)

    // Ctrl-C and SIGTERM: stop starting papers, keep what is stored, record the run interrupted.
    var sources: [any DispatchSourceSignal] = []
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { runner.requestStop() }
      source.resume()
      sources.append(source)
    }
    defer { for source in sources { source.cancel() } }

    let showProgress = !quiet && isatty(STDERR_FILENO) == 1
    var summary: IngestSummary
    do {
      summary = try runner.run { progress in
        guard showProgress else { return }
        let line = IngestReport.progressLine(progress)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
      }
    } catch {
      if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
      throw fail(error.description)
    }
    if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    summary.store = storePath

    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(summary)
      print(String(decoding: data, as: UTF8.self))
    } else {
      print(IngestReport.summary(summary), terminator: "")
    }
    if summary.status == "interrupted" { throw GleanExit.interrupted }
    if summary.failed > 0 { throw GleanExit.partialFailure }
  }

  private func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("glean ingest: \(message)\n".utf8))
    return GleanExit.cannotRun
  }
}
