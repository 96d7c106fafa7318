import Foundation
import GleanEntities
import GleanLexicon
import Testing

/// Rule files: the bundled ones load; a folder overrides file by file; errors name file and line.
@Suite("recogniser rules")
struct RulesTests {
  @Test("the bundled rules load")
  func bundled() throws {
    let rules = try RecognizerRules.bundled()
    #expect(rules.defaultSpecies == "hsa")
    #expect(rules.mirnaPrefixes.contains { $0.text == "微小RNA" })
    #expect(rules.mirnaRoles.contains { $0.trigger == "antagomir" && $0.role == "inhibitor" })
    #expect(rules.domainWords.contains("间充质干细胞"))
    #expect(rules.sentenceAbbreviations.contains("et al."))
  }

  private func folder(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return url
  }

  @Test("a curator's folder adds a trigger and a synonym without recompiling")
  func folderOverrides() throws {
    let lexicon = try #require(Shared.lexicon)
    let url = try folder([
      "mirna_roles.tsv": "kind\ttrigger\trole\nafter\tblocker\tinhibitor\n",
      "mirna_named.tsv":
        "text\tkind\tnormalized\tmembers\tsource\nbantam\tmirna\tdme-bantam\t\tcurator\n",
      "settings.tsv": "key\tvalue\ndefault_species\tmmu\n",
    ])
    defer { try? FileManager.default.removeItem(at: url) }
    let rules = try RecognizerRules.load(from: url)
    #expect(rules.defaultSpecies == "mmu")
    #expect(rules.domainWords.contains("外泌体"), "files the folder lacks come from the bundle")
    let recognizer = try EntityRecognizer(lexicon: lexicon, rules: rules)
    let mentions = recognizer.recognize("miR-21 blocker and bantam").filter { $0.type == .mirna }
    #expect(mentions.map(\.normalized) == ["mmu-miR-21", "dme-bantam"])
    #expect(mentions.first?.role == "inhibitor")
  }

  @Test("a bad rule file is refused with its name, line and reason")
  func badFile() throws {
    let url = try folder(["mirna_roles.tsv": "kind\ttrigger\trole\nprefix\tanti\tblocker\n"])
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: RulesError.self) { try RecognizerRules.load(from: url) }
    do {
      _ = try RecognizerRules.load(from: url)
    } catch {
      #expect(error.file == "mirna_roles.tsv")
      #expect(error.line == 2)
      #expect(error.reason.contains("role"))
    }
    let missing = url.appendingPathComponent("nowhere")
    #expect(throws: RulesError.self) { try RecognizerRules.load(from: missing) }
  }

  @Test("a header that does not match is refused")
  func badHeader() throws {
    let url = try folder(["pathway_triggers.tsv": "trigger kind\n信号通路\tpathway\n"])
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      _ = try RecognizerRules.load(from: url)
      Issue.record("a bad header was accepted")
    } catch {
      #expect(error.file == "pathway_triggers.tsv")
      #expect(error.line == 1)
    }
  }
}
