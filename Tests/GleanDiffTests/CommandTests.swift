import Foundation
import GleanDiff
import GleanFindings
import Testing

/// `glean diff` and `glean review` as users run them: the built executable, its output and its
/// exit codes.
@Suite(.serialized) struct CommandTests {
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `glean` built beside the tests.
  static func executable() throws -> String {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("glean").path,
      root.appendingPathComponent(".build/debug/glean").path,
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else {
      throw DiffError(
        file: candidates[0], reason: "glean is not built (swift build --product glean)")
    }
    return found
  }

  static func glean(
    _ arguments: [String], input: String = "", in folder: String,
    environment: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try executable())
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NO_COLOR")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  /// A folder with `old/seed.json` and `new/seed.json` (the review fixtures).
  static func workspace() throws -> String {
    let dir = try SideLoaderTests.folder()
    let (old, new) = ReviewTests.sides()
    for (name, paper) in [("old", old), ("new", new)] {
      try FileManager.default.createDirectory(
        atPath: "\(dir)/\(name)", withIntermediateDirectories: true)
      try ExpectedFiles.write(paper, to: "\(dir)/\(name)/seed.json")
    }
    return dir
  }

  @Test func exitZeroWithoutChanges() throws {
    let dir = try Self.workspace()
    let result = try Self.glean(["diff", "old", "old"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("no changes\n"))
  }

  @Test func exitOneWithChanges() throws {
    let dir = try Self.workspace()
    let result = try Self.glean(["diff", "old", "new"], in: dir)
    #expect(result.status == 1)
    #expect(result.stdout.contains("findings changed (1)"))
    #expect(!result.stdout.contains("\u{1B}["))  // a pipe: no colour
  }

  @Test func jsonForTools() throws {
    let dir = try Self.workspace()
    let result = try Self.glean(["diff", "--json", "old/seed.json", "new/seed.json"], in: dir)
    #expect(result.status == 1)
    let report = try JSONDecoder().decode(DiffReport.self, from: Data(result.stdout.utf8))
    #expect(report.counts.findingsChanged == 1)
    #expect(report.counts.entitiesRenormalised == 1)
    #expect(result.stdout.contains("\"findings_added\": 1"))
  }

  @Test(arguments: [
    ["diff", "old", "missing-folder"], ["diff", "old"],
    ["diff", "old", "run:3", "--store", "none.sqlite"],
    ["diff", "old", "new", "--color", "purple"], ["review", "--expected", "old", "nothing.jsonl"],
  ])
  func exitTwoOnError(arguments: [String]) throws {
    let dir = try Self.workspace()
    let result = try Self.glean(arguments, in: dir)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("glean \(arguments[0]): error: "))
    #expect(result.stdout.isEmpty)
  }

  @Test func colourWhenForcedEvenInAPipe() throws {
    let dir = try Self.workspace()
    let result = try Self.glean(["diff", "old", "new", "--color", "always"], in: dir)
    #expect(result.stdout.contains("\u{1B}["))
  }

  /// Answers from a pipe, line by line: accept the changed finding, reject the added one, then
  /// the input ends (quit). The expected file gets the accepted change only; exit 1.
  @Test func reviewFromAPipe() throws {
    let dir = try Self.workspace()
    let result = try Self.glean(["review", "--expected", "old", "new"], input: "a\nr\n", in: dir)
    #expect(result.status == 1)
    #expect(result.stdout.contains("wrote old/seed.json"))
    #expect(result.stdout.contains("accepted 1, rejected 1, skipped 0, left 2"))
    let written = try SideLoader.document(dir + "/old/seed.json")
    #expect(written.findings.map(\.id) == ["f_144", "f_16", "f_21"])
    #expect(written.findings[0].relation == "targets")
    let again = try Self.glean(["diff", "old", "new"], in: dir)
    #expect(again.status == 1)
    #expect(!again.stdout.contains("findings changed"))
  }

  @Test func acceptAllThenNoChanges() throws {
    let dir = try Self.workspace()
    let review = try Self.glean(["review", "--expected", "old", "new", "--accept-all"], in: dir)
    #expect(review.status == 0)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: dir + "/old/seed.json"))
        == Data(contentsOf: URL(fileURLWithPath: dir + "/new/seed.json")))
    #expect(try Self.glean(["diff", "old", "new"], in: dir).status == 0)
    let nothing = try Self.glean(["review", "--expected", "old", "new"], in: dir)
    #expect(nothing.status == 0)
    #expect(nothing.stdout.contains("nothing to review"))
  }

  /// A real corpus PDF: recorded once with review --accept-all, then the regression check
  /// finds nothing changed (extraction is deterministic), and an edited expectation is found.
  @Test func expectedAgainstARealPDF() throws {
    let dir = try SideLoaderTests.folder()
    try FileManager.default.createDirectory(
      atPath: dir + "/papers", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Self.root.appendingPathComponent("corpus/papers/cx-mir223-ccrcc.pdf").path,
      toPath: dir + "/papers/cx-mir223-ccrcc.pdf")
    let record = try Self.glean(
      ["review", "--expected", "expected", "--corpus", "papers", "--accept-all"], in: dir)
    #expect(record.status == 0)
    let recorded = try SideLoader.document(dir + "/expected/cx-mir223-ccrcc.json")
    #expect(recorded.paper.file == "papers/cx-mir223-ccrcc.pdf")
    #expect(!recorded.entities.isEmpty)

    let check = try Self.glean(["diff", "--expected", "expected", "--corpus", "papers"], in: dir)
    #expect(check.status == 0)
    #expect(check.stdout.hasSuffix("no changes\n"))

    var edited = recorded
    edited.findings.removeLast()
    try ExpectedFiles.write(edited, to: dir + "/expected/cx-mir223-ccrcc.json")
    let found = try Self.glean(["diff", "--expected", "expected", "--corpus", "papers"], in: dir)
    #expect(found.status == 1)
    #expect(found.stdout.contains("findings added (1)"))
  }
}
