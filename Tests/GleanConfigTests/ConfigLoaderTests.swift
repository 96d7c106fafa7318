import Foundation
import Testing

@testable import GleanConfig

@Suite struct ConfigLoaderTests {
  /// A temporary folder holding `pipeline.yaml` and whatever a test adds.
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func load(_ yaml: String, in base: URL? = nil) throws -> PipelineConfig {
    let base = try base ?? folder()
    let file = base.appendingPathComponent("pipeline.yaml")
    try yaml.write(to: file, atomically: true, encoding: .utf8)
    return try ConfigLoader.load(path: file.path)
  }

  private func failure(_ yaml: String, in base: URL? = nil) throws -> ConfigError {
    do {
      _ = try load(yaml, in: base)
    } catch let error as ConfigError {
      return error
    }
    Issue.record("expected a configuration error for:\n\(yaml)")
    return ConfigError(file: "", line: nil, keyPath: "", reason: "")
  }

  @Test func emptyFileGivesDefaults() throws {
    let config = try load("")
    #expect(config == PipelineConfig())
    #expect(config.stages.store.path == "glean.sqlite")
    #expect(config.species == "hsa")
  }

  @Test func valuesAreRead() throws {
    let base = try folder()
    try FileManager.default.createDirectory(
      at: base.appendingPathComponent("dicts"), withIntermediateDirectories: true)
    let config = try load(
      """
      version: 1
      species: mmu
      stages:
        extract:
          workers: 3
        segment:
        recognise:
          dictionaries: dicts
        store:
          path: out/papers.sqlite
      limits:
        seconds_per_paper: 2.5
        memory_mb: 512
      queue_capacity: 4
      """, in: base)
    #expect(config.species == "mmu")
    #expect(config.stages.extract.workers == 3)
    #expect(config.workerCount(cores: 8) == 3)
    #expect(config.stages.recognise.dictionaries == base.appendingPathComponent("dicts").path)
    #expect(config.stages.findings.rules == "")
    #expect(config.stages.store.path == "out/papers.sqlite")
    #expect(config.limits.secondsPerPaper == 2.5)
    #expect(config.limits.memoryMB == 512)
    #expect(config.queueCapacity == 4)
  }

  @Test(
    arguments: [
      ("stages:\n  extract:\n    wokers: 2\n", 3, "stages.extract.wokers", "unknown key"),
      ("versoin: 1\n", 1, "versoin", "unknown key"),
      ("stages:\n  segment:\n    workers: 2\n", 3, "stages.segment.workers", "no settings"),
      ("limits:\n  memory_mb: lots\n", 2, "limits.memory_mb", "expected an integer"),
      ("limits:\n  memory_mb: \"512\"\n", 2, "limits.memory_mb", "expected an integer"),
      ("limits:\n  seconds_per_paper: -1\n", 2, "limits.seconds_per_paper", "greater than 0"),
      ("stages:\n  store:\n    workers: 2\n", 3, "stages.store.workers", "one writer"),
      ("stages:\n  extract: [1, 2]\n", 2, "stages.extract", "expected a mapping"),
      ("version: 2\n", 1, "version", "must be 1"),
      (
        "\n\nstages:\n  findings:\n    rules: no/such/folder\n", 5, "stages.findings.rules",
        "no such folder"
      ),
      ("species: h s a\n", 1, "species", "species prefix"),
      ("queue_capacity: 0\n", 1, "queue_capacity", "between 1 and"),
    ])
  func invalidFilesNameKeyPathAndLine(
    yaml: String, line: Int, keyPath: String, reason: String
  ) throws {
    let error = try failure(yaml)
    #expect(error.line == line)
    #expect(error.keyPath == keyPath)
    #expect(error.reason.contains(reason), "\(error.reason)")
    #expect(error.description.contains("pipeline.yaml:\(line): \(keyPath): "))
  }

  @Test func syntaxErrorNamesTheLine() throws {
    let error = try failure("stages:\n  extract:\n    workers: [1\n")
    #expect(error.line != nil)
    #expect(error.reason.hasPrefix("not valid YAML"))
  }

  @Test func duplicateKeyIsAnError() throws {
    let error = try failure("species: hsa\nspecies: mmu\n")
    #expect(error.reason.contains("duplicate key"))
  }

  @Test func missingFileIsAnError() throws {
    let path = try folder().appendingPathComponent("absent.yaml").path
    #expect(throws: ConfigError.self) { try ConfigLoader.load(path: path) }
  }

  @Test func renderedConfigurationLoadsBackEqual() throws {
    let base = try folder()
    try FileManager.default.createDirectory(
      at: base.appendingPathComponent("rules"), withIntermediateDirectories: true)
    let original = try load(
      "stages:\n  extract:\n    workers: 2\n  findings:\n    rules: rules\nlimits:\n  seconds_per_paper: 7.5\n",
      in: base)
    let rendered = original.renderYAML(cores: 4)
    let again = try ConfigLoader.parse(yaml: rendered, file: "effective", baseFolder: "/")
    #expect(again == original)
  }

  @Test func zeroWorkersMeansOnePerCore() throws {
    let config = try load("stages:\n  extract:\n    workers: 0\n")
    #expect(config.workerCount(cores: 6) == 6)
    #expect(config.renderYAML(cores: 6).contains("workers: 6"))
  }

  @Test func analysisKeyIgnoresWorkersAndFollowsDictionaries() throws {
    var config = PipelineConfig()
    let versions = ["hgnc": "2024-01", "mirbase": "22"]
    let key = ConfigDigest.analysisKey(
      config: config, toolVersion: "1", dictionaryVersions: versions)
    config.stages.extract.workers = 7
    config.limits.memoryMB = 1
    config.stages.store.path = "elsewhere.sqlite"
    #expect(
      ConfigDigest.analysisKey(config: config, toolVersion: "1", dictionaryVersions: versions)
        == key)
    #expect(
      ConfigDigest.analysisKey(
        config: config, toolVersion: "1", dictionaryVersions: ["hgnc": "2025-01", "mirbase": "22"])
        != key)
    config.species = "mmu"
    #expect(
      ConfigDigest.analysisKey(config: config, toolVersion: "1", dictionaryVersions: versions)
        != key)
  }

  @Test func folderDigestFollowsContents() throws {
    let base = try folder()
    let file = base.appendingPathComponent("a.tsv")
    try "x\t1\n".write(to: file, atomically: true, encoding: .utf8)
    let first = ConfigDigest.folderDigest(base.path)
    try "x\t2\n".write(to: file, atomically: true, encoding: .utf8)
    #expect(ConfigDigest.folderDigest(base.path) != first)
    #expect(ConfigDigest.folderDigest("") == "bundled")
  }
}
