import Foundation
import Testing

@testable import GleanFindings

@Suite("Finding rules as data")
struct RulesTests {
  @Test("the bundled rules load, every file")
  func bundled() throws {
    let rules = try FindingRules.bundled()
    #expect(rules.relationRanks["downregulates"] == 1)
    #expect(!rules.relationTriggers.isEmpty)
    #expect(!rules.outcomes.isEmpty)
    for name in FindingRules.fileNames {
      _ = try FindingRules.bundledText(name)
    }
  }

  @Test("a folder's file replaces the bundled one; a curator adds a trigger without recompiling")
  func folder() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = "miR-144压制CCNE1"
    let tags = [
      tag(.mirna, "miR-144", "hsa-miR-144", in: text), tag(.gene, "CCNE1", "CCNE1", in: text),
    ]
    let before = ClaimAnalyzer(rules: try FindingRules(directory: folder.path))
      .analyze(ScalarText(text), tags: tags)
    #expect(before.relations.isEmpty)
    let bundled = try FindingRules.bundledText("relation_triggers.tsv").text
    try (bundled + "压制\tdownregulates\n").write(
      to: folder.appendingPathComponent("relation_triggers.tsv"), atomically: true, encoding: .utf8)
    let after = ClaimAnalyzer(rules: try FindingRules(directory: folder.path))
      .analyze(ScalarText(text), tags: tags)
    #expect(after.relations.map(\.relation) == ["downregulates"])
  }

  @Test("a bad rule file is named with its line and the reason")
  func badFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "# comment\npattern\trelation\n下调\tdownregulates\n压制\tsquashes\n".write(
      to: folder.appendingPathComponent("relation_triggers.tsv"), atomically: true, encoding: .utf8)
    #expect {
      _ = try FindingRules(directory: folder.path)
    } throws: { error in
      guard let error = error as? FindingRulesError else { return false }
      return error.line == 4 && error.file.hasSuffix("relation_triggers.tsv")
        && error.reason.contains("squashes")
    }
    #expect(throws: FindingRulesError.self) {
      _ = try FindingRules(directory: folder.appendingPathComponent("missing").path)
    }
  }

  @Test(
    "patterns: Latin words at word boundaries ignoring case, * and … ",
    arguments: [
      ("downregulat*", "It Downregulated X", true),
      ("downregulat*", "its updownregulation", false),
      ("EMT", "诱导EMT进程", true),
      ("EMT", "EMTX", false),
      ("降低…表达", "降低细胞周期蛋白E1和CCNE2的表达", true),
      ("降低…表达", "降低风险，提高表达", false),
      ("knock* down", "we knocked  down it", true),
    ])
  func patterns(pattern: String, text: String, matches: Bool) throws {
    let compiled = try #require(PhrasePattern(pattern))
    let set = PhraseSet([(compiled, true)])
    #expect(!set.allMatches(in: ScalarText(text)).isEmpty == matches)
  }
}
