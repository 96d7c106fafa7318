import Foundation
import Testing

/// Paths of the repository, the corpus and the built `glean`, found from this file.
enum Repo {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let papers = root.appendingPathComponent("corpus/papers")
  static let bad = root.appendingPathComponent("corpus/bad")

  /// The first `count` corpus papers, sorted by name.
  static func paperPaths(_ count: Int) throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: papers.path)
      .filter { $0.hasSuffix(".pdf") }.sorted()
    return names.prefix(count).map { papers.appendingPathComponent($0).path }
  }

  /// The `glean` executable built beside the test bundle (`swift build --build-tests` builds it).
  static func glean() throws -> String {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("glean"),
      Bundle.main.bundleURL.appendingPathComponent("glean"),
      root.appendingPathComponent(".build/debug/glean"),
    ]
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
      return candidate.path
    }
    throw TestFailure("no glean executable beside the tests; run `swift build --build-tests` first")
  }

  /// A new empty folder for one test.
  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-pipeline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A finished run of the `glean` command.
struct CommandResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `glean` with `arguments` in `folder`, with extra environment variables, and waits.
@discardableResult
func runGlean(
  _ arguments: [String], in folder: URL, environment: [String: String] = [:]
) throws -> CommandResult {
  let process = try startGlean(arguments, in: folder, environment: environment)
  process.waitUntilExit()
  return try finished(process)
}

/// Starts `glean` without waiting; its output goes to files beside the test's folder.
func startGlean(
  _ arguments: [String], in folder: URL, environment: [String: String] = [:]
) throws -> Process {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: try Repo.glean())
  process.arguments = arguments
  process.currentDirectoryURL = folder
  var env = ProcessInfo.processInfo.environment
  for (key, value) in environment { env[key] = value }
  process.environment = env
  let id = UUID().uuidString
  let out = folder.appendingPathComponent(".out-\(id)")
  let err = folder.appendingPathComponent(".err-\(id)")
  FileManager.default.createFile(atPath: out.path, contents: nil)
  FileManager.default.createFile(atPath: err.path, contents: nil)
  process.standardOutput = try FileHandle(forWritingTo: out)
  process.standardError = try FileHandle(forWritingTo: err)
  try process.run()
  outputFiles.set(process.processIdentifier, (out, err))
  return process
}

/// The status and output of a process started by ``startGlean(_:in:environment:)`` that ended.
func finished(_ process: Process) throws -> CommandResult {
  guard let (out, err) = outputFiles.take(process.processIdentifier) else {
    throw TestFailure("not started by startGlean")
  }
  return CommandResult(
    status: process.terminationStatus,
    stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
    stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
}

/// Output files of the processes started by the tests, by process id.
private let outputFiles = OutputFiles()

private final class OutputFiles: @unchecked Sendable {
  private let lock = NSLock()
  private var files: [Int32: (URL, URL)] = [:]

  func set(_ pid: Int32, _ pair: (URL, URL)) {
    lock.lock()
    files[pid] = pair
    lock.unlock()
  }

  func take(_ pid: Int32) -> (URL, URL)? {
    lock.lock()
    defer { lock.unlock() }
    return files.removeValue(forKey: pid)
  }
}

/// The `--json` summary of `glean ingest`.
struct Summary: Decodable {
  struct Failure: Decodable {
    var path: String
    var code: String
    var reason: String
  }

  var status: String
  var run: Int
  var inputs: Int
  var stored: Int
  var skipped: Int
  var duplicates: Int
  var failed: Int
  var findings: Int
  var worker_starts: Int
  var failures: [Failure]

  static func decode(_ result: CommandResult) throws -> Summary {
    do {
      return try JSONDecoder().decode(Summary.self, from: Data(result.stdout.utf8))
    } catch {
      throw TestFailure(
        "no JSON summary (status \(result.status)): \(result.stdout)\n\(result.stderr)")
    }
  }

  func failure(named name: String) -> Failure? {
    failures.first { URL(fileURLWithPath: $0.path).lastPathComponent == name }
  }
}
