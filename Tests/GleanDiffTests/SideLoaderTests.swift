import Foundation
import GleanDiff
import GleanFindings
import GleanPipeline
import GleanStore
import Testing

@Suite struct SideLoaderTests {
  /// A new empty folder under the temporary folder.
  static func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-diff-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test(arguments: [
    ("run:3", SideSpec.run(.id(3))), ("12", .run(.id(12))), ("run:latest", .run(.latest)),
    ("run:previous", .run(.previous)),
  ])
  func runArguments(argument: String, spec: SideSpec) throws {
    #expect(try SideSpec.parse(argument) == spec)
  }

  @Test func fileArguments() throws {
    let dir = try Self.folder()
    FileManager.default.createFile(atPath: dir + "/a.json", contents: Data("{}".utf8))
    FileManager.default.createFile(atPath: dir + "/a.jsonl", contents: Data())
    FileManager.default.createFile(atPath: dir + "/a.csv", contents: Data())
    #expect(try SideSpec.parse(dir) == .folder(dir))
    #expect(try SideSpec.parse(dir + "/a.json") == .document(dir + "/a.json"))
    #expect(try SideSpec.parse(dir + "/a.jsonl") == .export(dir + "/a.jsonl"))
    #expect(throws: DiffError.self) { try SideSpec.parse(dir + "/a.csv") }
    #expect(throws: DiffError.self) { try SideSpec.parse(dir + "/missing.json") }
    #expect(throws: DiffError.self) { try SideSpec.parse("run:x") }
  }

  /// Expected files are indented, with sorted keys, and read back equal.
  @Test func expectedFilesRoundTrip() throws {
    let dir = try Self.folder()
    let paper = Fixtures.paper()
    let path = ExpectedFiles.path(forPaper: "corpus/papers/seed.pdf", in: dir)
    #expect(path == dir + "/seed.json")
    try ExpectedFiles.write(paper, to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("{\n  \"entities\": [\n    {\n      \"end\": "))
    #expect(text.contains("\"flags\": [],"))
    #expect(text.hasSuffix("}\n"))
    let top = ["\"entities\"", "\"findings\"", "\"paper\"", "\"quality\""].compactMap {
      text.range(of: "\n  " + $0)?.lowerBound
    }
    #expect(top.count == 4 && top == top.sorted())
    #expect(text.contains("corpus/papers/seed.pdf"))  // slashes unescaped
    let side = try SideLoader.folder(dir)
    #expect(side.papers.map(\.extraction) == [paper])
    #expect(side.papers.first?.origin == path)
    #expect(try ExpectedFiles.encode(paper) == Data(text.utf8))
  }

  /// Text with quotes, tabs, newlines and control characters survives the expected-file form.
  @Test func expectedFilesEscapeText() throws {
    var paper = Fixtures.paper()
    paper.findings[0].evidence[0].text = "a \"quoted\"\tcell\nnext \\ \u{1} 中文 / end"
    paper.findings[0].evidence[0].box = [0.1, 1e-7, 123456.789, 2]
    let data = try ExpectedFiles.encode(paper)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains(#""a \"quoted\"\tcell\nnext \\ \u0001 中文 / end""#))
    #expect(try JSONDecoder().decode(PaperExtraction.self, from: data) == paper)
  }

  @Test func badExpectedFileIsNamed() throws {
    let dir = try Self.folder()
    try ExpectedFiles.write(Fixtures.paper(), to: dir + "/good.json")
    FileManager.default.createFile(atPath: dir + "/bad.json", contents: Data("{\"paper\": 3}".utf8))
    let error = #expect(throws: DiffError.self) { try SideLoader.folder(dir) }
    #expect(error?.description.contains(dir + "/bad.json") == true)
    #expect(error?.description.contains("good.json") == false)
  }

  /// A JSON Lines export: findings grouped by paper, in order; a bad line is named by number.
  @Test func exportFile() throws {
    let dir = try Self.folder()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    var lines = ""
    for (finding, paper) in [
      (
        Fixtures.finding144(),
        "{\"id\":\"p1\",\"key\":\"k1\",\"file\":\"a.pdf\",\"title\":null,\"doi\":null}"
      ),
      (
        Fixtures.finding16(),
        "{\"id\":\"p1\",\"key\":\"k1\",\"file\":\"a.pdf\",\"title\":null,\"doi\":null}"
      ),
      (
        Fixtures.finding16(id: "x"),
        "{\"id\":\"p2\",\"key\":\"k2\",\"file\":\"b.pdf\",\"title\":\"T\",\"doi\":null}"
      ),
    ] {
      var line = String(decoding: try encoder.encode(finding), as: UTF8.self)
      line.removeLast()
      lines += line + ",\"paper\":" + paper + "}\n"
    }
    try lines.write(toFile: dir + "/out.jsonl", atomically: true, encoding: .utf8)
    let side = try SideLoader.export(dir + "/out.jsonl")
    #expect(!side.complete)
    #expect(side.papers.map(\.extraction.paper.key) == ["k1", "k2"])
    #expect(side.papers[0].extraction.findings == [Fixtures.finding144(), Fixtures.finding16()])
    #expect(side.papers[1].extraction.paper.title == "T")

    try (lines + "{\"id\": 1}\n").write(
      toFile: dir + "/bad.jsonl", atomically: true, encoding: .utf8)
    let error = #expect(throws: DiffError.self) { try SideLoader.export(dir + "/bad.jsonl") }
    #expect(error?.file == dir + "/bad.jsonl:4")
  }

  /// Two runs in a real store: the second changed a finding, gained a paper and lost one to a
  /// failure.
  @Test func storeRuns() throws {
    let dir = try Self.folder()
    let path = dir + "/glean.sqlite"
    let store = try SQLiteFindingStore.openForWriting(path: path)
    let run = NewRun(
      toolVersion: "test", configHash: "c", analysisKey: "k1", configYAML: "",
      dictionaryVersions: "{}",
      command: "glean ingest", workers: 1, inputs: 2)
    let a = Fixtures.paper(id: "a", key: "a", file: "p/a.pdf")
    let b = Fixtures.paper(id: "b", key: "b", file: "p/b.pdf")
    let one = try store.startRun(run)
    try store.save(PaperRecord(a), path: "p/a.pdf", run: one, analysisKey: "k1")
    try store.save(PaperRecord(b), path: "p/b.pdf", run: one, analysisKey: "k1")
    try store.endRun(one, status: "finished")
    var second = run
    second.analysisKey = "k2"
    let two = try store.startRun(second)
    var changed = a
    changed.findings[0].direction = "promotes"
    try store.save(PaperRecord(changed), path: "p/a.pdf", run: two, analysisKey: "k2")
    try store.recordFailure(
      FailureRecord(path: "p/b.pdf", paperID: "b", code: "timeout", reason: "p/b.pdf: too slow"),
      run: two)
    try store.endRun(two, status: "finished")

    let old = try SideLoader.run(.previous, store: path)
    let new = try SideLoader.run(.latest, store: path)
    #expect(old.label == "run:\(one)")
    #expect(old.papers.map(\.extraction) == [a, b])
    let report = ExtractionDiff.compare(old: old, new: new)
    let status = Dictionary(uniqueKeysWithValues: report.details.map { ($0.key, $0.status) })
    #expect(status["a"] == .changed)
    #expect(status["b"] == .failing)
    #expect(
      report.details.first { $0.key == "a" }?.findings.first?.fields.map(\.field) == ["direction"])
    #expect(throws: DiffError.self) { try SideLoader.run(.id(99), store: path) }
    #expect(throws: DiffError.self) { try SideLoader.run(.latest, store: dir + "/none.sqlite") }
  }
}
