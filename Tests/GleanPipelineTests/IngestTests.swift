import Foundation
import GleanPipeline
import GleanStore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `glean ingest` end to end: the built executable, its worker processes, real corpus PDFs and a
/// real SQLite store in a temporary folder.
@Suite(.serialized) struct IngestTests {
  /// Writes `pipeline.yaml` in `folder`.
  private func configure(_ folder: URL, _ yaml: String) throws -> String {
    let path = folder.appendingPathComponent("pipeline.yaml").path
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  private func export(_ store: String, format: String = "jsonl", in folder: URL) throws -> String {
    let result = try runGlean(["export", "--store", store, "--format", format], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  @Test func goodPapersAreStoredAndBadOnesListedWithTheirReasons() throws {
    let folder = try Repo.scratch()
    let papers = try Repo.paperPaths(3)
    let bad = ["empty.pdf", "encrypted.pdf", "html.pdf", "truncated.pdf", "image-only.pdf"]
    let inputs = papers + bad.map { Repo.bad.appendingPathComponent($0).path } + ["missing.pdf"]
    let result = try runGlean(
      ["ingest", "--json", "--jobs", "2", "--store", "s.sqlite"] + inputs, in: folder)
    #expect(result.status == 1, "some papers failed: exit code 1")
    let summary = try Summary.decode(result)
    #expect(summary.inputs == inputs.count)
    #expect(summary.stored == papers.count)
    #expect(summary.failed == bad.count + 1)
    let expected = [
      "empty.pdf": "empty", "encrypted.pdf": "encrypted", "html.pdf": "not-pdf",
      "truncated.pdf": "damaged", "image-only.pdf": "no-text", "missing.pdf": "not-found",
    ]
    for (name, code) in expected {
      let failure = try #require(summary.failure(named: name), "\(name) is listed")
      #expect(failure.code == code)
      #expect(failure.reason.contains(name), "the reason names the file")
    }
    // The store holds the good papers and the failures of the run.
    let store = try SQLiteFindingStore.openForReading(
      path: folder.appendingPathComponent("s.sqlite").path)
    var stored: [String] = []
    var records: [String: PaperRecord] = [:]
    try store.forEachPaper(run: nil) { paper in
      stored.append(paper.record.paper.file)
      records[paper.record.paper.file] = paper.record
    }
    #expect(stored.sorted() == papers.sorted())
    // What the workers sent is what the stages give in this process, mention JSON included.
    let stages = try PaperStages(
      settings: .init(species: "hsa", dictionaries: nil, recogniserRules: nil, findingRules: nil))
    for path in papers {
      var expected = PaperRecord(try stages.analyse(path: path))
      expected.paper.file = path
      let record = try #require(records[path])
      #expect(record.entities.count == expected.entities.count)
      #expect(record.entities == expected.entities, "\(path): stored mentions")
      #expect(record.findings == expected.findings, "\(path): stored findings")
    }
    #expect(try store.failures(run: Int64(summary.run)).count == bad.count + 1)
    #expect(try store.runs().first?.status == "finished")
  }

  @Test func aSecondRunSkipsWhatIsStoredAndForceRedoesIt() throws {
    let folder = try Repo.scratch()
    let papers = try Repo.paperPaths(2)
    let first = try Summary.decode(
      runGlean(["ingest", "--json", "--store", "s.sqlite"] + papers, in: folder))
    #expect(first.stored == 2)
    let before = try export("s.sqlite", in: folder)

    let again = try runGlean(["ingest", "--json", "--store", "s.sqlite"] + papers, in: folder)
    #expect(again.status == 0)
    let second = try Summary.decode(again)
    #expect(second.stored == 0)
    #expect(second.skipped == 2)
    #expect(try export("s.sqlite", in: folder) == before)

    // The same bytes under another name are the same paper.
    let copy = folder.appendingPathComponent("renamed.pdf")
    try FileManager.default.copyItem(atPath: papers[0], toPath: copy.path)
    let renamed = try Summary.decode(
      runGlean(["ingest", "--json", "--store", "s.sqlite", copy.path, papers[0]], in: folder))
    #expect(renamed.skipped == 1)
    #expect(renamed.duplicates == 1)

    let forced = try Summary.decode(
      runGlean(["ingest", "--json", "--force", "--store", "s.sqlite"] + papers, in: folder))
    #expect(forced.stored == 2)
    #expect(try export("s.sqlite", in: folder) == before, "redone, not duplicated")
    let runs = try SQLiteFindingStore.openForReading(
      path: folder.appendingPathComponent("s.sqlite").path
    ).runs()
    #expect(runs.map(\.stored) == [2, 0, 0, 2])
  }

  @Test func oneAndTwoWorkersStoreIdenticalFindings() throws {
    let folder = try Repo.scratch()
    let papers = try Repo.paperPaths(4)
    for jobs in ["1", "2"] {
      let result = try runGlean(
        ["ingest", "--json", "--jobs", jobs, "--store", "jobs\(jobs).sqlite"] + papers, in: folder)
      #expect(result.status == 0, "\(result.stderr)")
    }
    for format in ["jsonl", "csv", "bioc"] {
      let one = try export("jobs1.sqlite", format: format, in: folder)
      let two = try export("jobs2.sqlite", format: format, in: folder)
      #expect(!one.isEmpty)
      #expect(one == two, "\(format) differs between 1 and 2 workers")
    }
  }

  @Test func aCrashAHangAMemoryHogAndAnUnreadableRecordCostOnePaperEach() throws {
    let folder = try Repo.scratch()
    let papers = try Repo.paperPaths(6)
    let names = papers.map { URL(fileURLWithPath: $0).lastPathComponent }
    let config = try configure(
      folder, "limits:\n  seconds_per_paper: 6\n  memory_mb: 1024\n")
    let result = try runGlean(
      ["ingest", "--json", "--jobs", "2", "--config", config, "--store", "s.sqlite"] + papers,
      in: folder,
      environment: [
        "GLEAN_FAULT": "crash:\(names[0]),hang:\(names[2]),oom:\(names[4]),garble:\(names[5])"
      ])
    #expect(result.status == 1)
    let summary = try Summary.decode(result)
    #expect(summary.stored == 2)
    #expect(summary.failed == 4)
    let garbled = try #require(summary.failure(named: names[5]))
    #expect(garbled.code == "bad-reply")
    #expect(garbled.reason.contains(names[5]))
    let crash = try #require(summary.failure(named: names[0]))
    #expect(crash.code == "worker-crashed")
    #expect(crash.reason.contains("SIGSEGV"))
    #expect(try #require(summary.failure(named: names[2])).code == "timeout")
    #expect(try #require(summary.failure(named: names[4])).code == "memory-limit")
    #expect(summary.worker_starts > 2, "fresh workers took the place of the dead ones")
  }

  /// A real hostile PDF: 4 KB whose nested forms draw 10^9 text runs (see
  /// Scripts/fixtures/make-form-bomb.py). Its worker is killed at the time limit.
  @Test func aPDFThatNeverEndsIsKilledAtTheTimeLimit() throws {
    let folder = try Repo.scratch()
    let papers = try Repo.paperPaths(1)
    let config = try configure(folder, "limits:\n  seconds_per_paper: 6\n")
    let result = try runGlean(
      ["ingest", "--json", "--jobs", "1", "--config", config, "--store", "s.sqlite", Self.bomb]
        + papers, in: folder)
    #expect(result.status == 1)
    let summary = try Summary.decode(result)
    #expect(summary.stored == 1)
    let failure = try #require(summary.failure(named: "form-bomb.pdf"))
    #expect(failure.code == "timeout")
    #expect(failure.reason.contains("6 s"))
  }

  /// The same PDF under a small memory limit: the worker runs out of memory first.
  @Test func aPDFThatEatsMemoryIsStoppedAtTheMemoryLimit() throws {
    let folder = try Repo.scratch()
    let config = try configure(
      folder, "limits:\n  seconds_per_paper: 300\n  memory_mb: 400\n")
    let result = try runGlean(
      ["ingest", "--json", "--config", config, "--store", "s.sqlite", Self.bomb], in: folder)
    #expect(result.status == 1)
    let summary = try Summary.decode(result)
    let failure = try #require(summary.failure(named: "form-bomb.pdf"))
    #expect(failure.code == "memory-limit")
  }

  static let bomb = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/form-bomb.pdf").path

  @Test func aRunKilledWithSIGKILLResumesToTheSameStore() throws {
    let folder = try Repo.scratch()
    let papers = try Repo.paperPaths(5)
    let names = papers.map { URL(fileURLWithPath: $0).lastPathComponent }
    let storePath = folder.appendingPathComponent("killed.sqlite").path

    // The reference: one uninterrupted run.
    #expect(try runGlean(["ingest", "--store", "whole.sqlite"] + papers, in: folder).status == 0)

    // One worker, stuck on the fourth paper after storing three: kill the parent there.
    let process = try startGlean(
      ["ingest", "--jobs", "1", "--store", "killed.sqlite"] + papers, in: folder,
      environment: ["GLEAN_FAULT": "hang:\(names[3])"])
    var storedBeforeKill = 0
    for _ in 0..<1200 where storedBeforeKill < 3 {
      usleep(100_000)
      if FileManager.default.fileExists(atPath: storePath),
        let store = try? SQLiteFindingStore.openForReading(path: storePath)
      {
        var count = 0
        try? store.forEachPaper(run: nil) { _ in count += 1 }
        storedBeforeKill = count
      }
    }
    #expect(storedBeforeKill == 3)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    _ = try finished(process)

    let resumed = try Summary.decode(
      runGlean(["ingest", "--json", "--store", "killed.sqlite"] + papers, in: folder))
    #expect(resumed.skipped == 3)
    #expect(resumed.stored == 2)
    #expect(try export("killed.sqlite", in: folder) == export("whole.sqlite", in: folder))
    let runs = try SQLiteFindingStore.openForReading(path: storePath).runs()
    #expect(runs.map(\.status) == ["running", "finished"], "the killed run stays unfinished")
  }

  @Test func anInterruptStopsTheRunAndKeepsWhatIsStored() throws {
    let folder = try Repo.scratch()
    let papers = try Repo.paperPaths(3)
    let names = papers.map { URL(fileURLWithPath: $0).lastPathComponent }
    let storePath = folder.appendingPathComponent("s.sqlite").path
    let process = try startGlean(
      ["ingest", "--jobs", "1", "--json", "--store", "s.sqlite"] + papers, in: folder,
      environment: ["GLEAN_FAULT": "hang:\(names[1])"])
    var stored = 0
    for _ in 0..<1200 where stored < 1 {
      usleep(100_000)
      if let store = try? SQLiteFindingStore.openForReading(path: storePath) {
        var count = 0
        try? store.forEachPaper(run: nil) { _ in count += 1 }
        stored = count
      }
    }
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    let result = try finished(process)
    #expect(result.status == 130)
    let summary = try Summary.decode(result)
    #expect(summary.status == "interrupted")
    #expect(summary.stored == 1)
    #expect(summary.failed == 0, "the paper in the worker is left for the next run, not failed")
    let runs = try SQLiteFindingStore.openForReading(path: storePath).runs()
    #expect(runs.map(\.status) == ["interrupted"])
  }

  @Test func aBadConfigurationCannotRun() throws {
    let folder = try Repo.scratch()
    let config = try configure(folder, "stages:\n  extract:\n    workers: two\n")
    let result = try runGlean(
      ["ingest", "--config", config] + (try Repo.paperPaths(1)), in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("pipeline.yaml:3: stages.extract.workers: expected an integer"))
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("glean.sqlite").path))

    let printed = try runGlean(["config", "--config", config], in: folder)
    #expect(printed.status == 2)
    #expect(printed.stderr.contains("stages.extract.workers"))
  }

  @Test func configPrintsTheEffectiveConfiguration() throws {
    let folder = try Repo.scratch()
    _ = try configure(folder, "stages:\n  extract:\n    workers: 3\n")
    let result = try runGlean(["config"], in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.contains("workers: 3"))
    #expect(result.stdout.contains("seconds_per_paper: 120"))
    #expect(result.stdout.contains("path: \"glean.sqlite\""))
  }

  @Test func runsShowAndExportReadTheStore() throws {
    let folder = try Repo.scratch()
    let papers = try Repo.paperPaths(1)
    #expect(try runGlean(["ingest", "--store", "s.sqlite"] + papers, in: folder).status == 0)
    let runs = try runGlean(["runs", "--store", "s.sqlite", "--json"], in: folder)
    #expect(runs.status == 0)
    #expect(runs.stdout.contains("\"status\" : \"finished\""))

    let name = URL(fileURLWithPath: papers[0]).lastPathComponent
    let shown = try runGlean(["show", name, "--store", "s.sqlite"], in: folder)
    #expect(shown.status == 0)
    #expect(shown.stdout.contains("file      \(papers[0])"))
    let lines = try export("s.sqlite", in: folder).split(separator: "\n")
    #expect(shown.stdout.contains("findings  \(lines.count)"))
    let json = try runGlean(["show", name, "--store", "s.sqlite", "--json"], in: folder)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((object?["findings"] as? [Any])?.count == lines.count)

    #expect(try runGlean(["show", "nothing.pdf", "--store", "s.sqlite"], in: folder).status == 2)
    #expect(
      try runGlean(["export", "--store", "s.sqlite", "--format", "xml"], in: folder).status == 2)
    #expect(
      try runGlean(["export", "--store", "s.sqlite", "--format", "csv", "--run", "9"], in: folder)
        .status == 2)
    #expect(try runGlean(["runs", "--store", "absent.sqlite"], in: folder).status == 2)
  }
}
