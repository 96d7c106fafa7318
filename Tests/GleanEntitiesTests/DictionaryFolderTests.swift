import Foundation
import GleanEntities
import GleanLexicon
import Testing

/// The recogniser indexes the names of the dictionary folder it is given, and names the file and
/// the reason when that folder cannot be read.
@Suite("dictionary folder")
struct DictionaryFolderTests {
  private static func copyOfBundle() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-names-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: try Lexicon.bundledDirectory(), to: folder)
    return folder
  }

  private static func append(_ text: String, to file: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(file)
    var data = try Data(contentsOf: url)
    data.append(Data(text.utf8))
    try data.write(to: url)
  }

  @Test("names added to a copied folder are found, in English and in Chinese")
  func editedFolder() throws {
    let rules = try #require(Shared.rules)
    let bundled = try #require(Shared.recognizer)
    let folder = try Self.copyOfBundle()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.append(
      "zebra stripe carcinoma\tDOID:0000001\t斑马纹癌| 条纹癌 \tZSCA\t\tcurator\n",
      to: "cancers.tsv", in: folder)
    let lexicon = try Lexicon(directory: folder)
    let recognizer = try EntityRecognizer(lexicon: lexicon, rules: rules, dictionaries: folder)
    let text = "Zebra stripe carcinoma (斑马纹癌) and 条纹癌 were studied."
    let cancers = recognizer.recognize(text).filter { $0.type == .cancer }
    #expect(cancers.map(\.text) == ["Zebra stripe carcinoma", "斑马纹癌", "条纹癌"])
    #expect(cancers.allSatisfy { $0.normalized == "zebra stripe carcinoma" })
    #expect(cancers.allSatisfy { $0.ids == ["DOID:0000001"] })
    let added: Set<String> = ["Zebra stripe carcinoma", "斑马纹癌", "条纹癌"]
    #expect(!bundled.recognize(text).contains { added.contains($0.text) })
  }

  @Test(
    "an unreadable dictionary file is named with the reason",
    arguments: ["hgnc_genes.tsv", "pathways.tsv"])
  func unreadableFile(_ file: String) throws {
    let rules = try #require(Shared.rules)
    let lexicon = try #require(Shared.lexicon)
    let folder = try Self.copyOfBundle()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data([0x6E, 0x61, 0x6D, 0x65, 0x0A, 0xFF, 0xFE, 0x0A])
      .write(to: folder.appendingPathComponent(file))
    let invalid = try #require(throws: RulesError.self) {
      try EntityRecognizer(lexicon: lexicon, rules: rules, dictionaries: folder)
    }
    #expect(invalid.file == folder.appendingPathComponent(file).path)
    #expect(invalid.reason == "the dictionary file cannot be read")
    try FileManager.default.removeItem(at: folder.appendingPathComponent(file))
    let missing = try #require(throws: RulesError.self) {
      try EntityRecognizer(lexicon: lexicon, rules: rules, dictionaries: folder)
    }
    #expect(missing.file == folder.appendingPathComponent(file).path)
    #expect(missing.reason == "the dictionary file cannot be read")
  }
}
