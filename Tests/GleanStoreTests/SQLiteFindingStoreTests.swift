import Foundation
import GleanFindings
import GleanStore
import Testing

@Suite struct SQLiteFindingStoreTests {
  @Test func savedPaperReadsBackEqual() throws {
    let store = try SQLiteFindingStore.openForWriting(path: StoreFixtures.temporaryStorePath())
    let run = try store.startRun(StoreFixtures.newRun())
    let record = StoreFixtures.record(id: "aaaa1111", findings: 2)
    try store.save(record, path: "in/a.pdf", run: run, analysisKey: "key-1")

    var read: [StoredPaper] = []
    try store.forEachPaper(run: nil) { read.append($0) }
    #expect(read.count == 1)
    var expected = record
    expected.paper.file = "in/a.pdf"
    #expect(read.first?.record == expected)
    #expect(read.first?.runID == run)
    #expect(try store.contains(paperID: "aaaa1111", analysisKey: "key-1"))
    #expect(try !store.contains(paperID: "aaaa1111", analysisKey: "key-2"))
  }

  @Test func savingAgainReplacesWithoutDuplicates() throws {
    let store = try SQLiteFindingStore.openForWriting(path: StoreFixtures.temporaryStorePath())
    let run = try store.startRun(StoreFixtures.newRun())
    try store.save(
      StoreFixtures.record(id: "bbbb", findings: 3), path: "b.pdf", run: run, analysisKey: "key-1")
    try store.save(
      StoreFixtures.record(id: "bbbb", findings: 1), path: "b.pdf", run: run, analysisKey: "key-1")
    var findings = 0
    var papers = 0
    try store.forEachPaper(run: run) { paper in
      papers += 1
      findings += paper.record.findings.count
    }
    #expect(papers == 1)
    #expect(findings == 1)
  }

  @Test func runsCountTheirInputs() throws {
    let store = try SQLiteFindingStore.openForWriting(path: StoreFixtures.temporaryStorePath())
    let run = try store.startRun(StoreFixtures.newRun(inputs: 4))
    try store.save(StoreFixtures.record(id: "c1"), path: "c1.pdf", run: run, analysisKey: "key-1")
    try store.note(path: "c2.pdf", paperID: "c1", status: .duplicate, run: run)
    try store.recordFailure(
      FailureRecord(
        path: "bad.pdf", paperID: "dead", code: "not-pdf", reason: "bad.pdf: not a PDF"),
      run: run)
    try store.recordFailure(
      FailureRecord(path: "gone.pdf", paperID: nil, code: "not-found", reason: "no such file"),
      run: run)
    try store.endRun(run, status: "finished")

    let second = try store.startRun(StoreFixtures.newRun(inputs: 1))
    try store.note(path: "c1.pdf", paperID: "c1", status: .skipped, run: second)

    let runs = try store.runs()
    #expect(runs.map(\.id) == [run, second])
    #expect(runs[0].status == "finished")
    #expect(runs[0].endedAt != nil)
    let counts: [Int] = [runs[0].stored, runs[0].duplicates, runs[0].failed, runs[0].skipped]
    #expect(counts == [1, 1, 2, 0])
    #expect(runs[1].status == "running")
    #expect(runs[1].endedAt == nil)
    #expect(runs[1].skipped == 1)
    #expect(try store.failures(run: run).map(\.code) == ["not-pdf", "not-found"])

    // The second run's papers are the ones it skipped, read from the first run's record.
    var inSecond: [String] = []
    try store.forEachPaper(run: second) { inSecond.append($0.record.paper.id) }
    #expect(inSecond == ["c1"])
  }

  @Test func aRunSeesItsOwnAnalysisKey() throws {
    let store = try SQLiteFindingStore.openForWriting(path: StoreFixtures.temporaryStorePath())
    let first = try store.startRun(StoreFixtures.newRun(key: "old"))
    try store.save(
      StoreFixtures.record(id: "dddd", findings: 1), path: "d.pdf", run: first, analysisKey: "old")
    let second = try store.startRun(StoreFixtures.newRun(key: "new"))
    try store.save(
      StoreFixtures.record(id: "dddd", findings: 3), path: "d.pdf", run: second,
      analysisKey: "new")

    func findingCount(run: Int64?) throws -> Int {
      var count = 0
      try store.forEachPaper(run: run) { count += $0.record.findings.count }
      return count
    }
    #expect(try findingCount(run: first) == 1)
    #expect(try findingCount(run: second) == 3)
    #expect(try findingCount(run: nil) == 3)  // latest record of each paper
  }

  @Test func papersAreFoundByPrefixPathNameOrKey() throws {
    let store = try SQLiteFindingStore.openForWriting(path: StoreFixtures.temporaryStorePath())
    let run = try store.startRun(StoreFixtures.newRun())
    let record = StoreFixtures.record(id: "0123456789abcdef", title: "Exosomes")
    try store.save(record, path: "corpus/papers/e.pdf", run: run, analysisKey: "key-1")
    #expect(try store.papers(matching: "012345").count == 1)
    #expect(try store.papers(matching: "01234").isEmpty)  // too short to be a prefix
    #expect(try store.papers(matching: "corpus/papers/e.pdf").count == 1)
    #expect(try store.papers(matching: "e.pdf").count == 1)
    #expect(try store.papers(matching: "title:Exosomes").count == 1)
    #expect(try store.papers(matching: "f.pdf").isEmpty)
  }

  @Test func readingAMissingStoreIsAnError() throws {
    let path = try StoreFixtures.temporaryStorePath()
    #expect(throws: StoreError.self) { try SQLiteFindingStore.openForReading(path: path) }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func storeUsesWriteAheadLogAndReopens() throws {
    let path = try StoreFixtures.temporaryStorePath()
    do {
      let store = try SQLiteFindingStore.openForWriting(path: path)
      let run = try store.startRun(StoreFixtures.newRun())
      try store.save(StoreFixtures.record(id: "ffff"), path: "f.pdf", run: run, analysisKey: "k")
      #expect(FileManager.default.fileExists(atPath: path + "-wal"))
    }
    let reader = try SQLiteFindingStore.openForReading(path: path)
    #expect(try reader.contains(paperID: "ffff", analysisKey: "k"))
    #expect(try reader.runs().count == 1)
  }

  @Test func aFileThatIsNotAStoreIsRefused() throws {
    let path = try StoreFixtures.temporaryStorePath()
    try "not a database".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: StoreError.self) { try SQLiteFindingStore.openForReading(path: path) }
    #expect(throws: StoreError.self) { try SQLiteFindingStore.openForWriting(path: path) }
  }
}
