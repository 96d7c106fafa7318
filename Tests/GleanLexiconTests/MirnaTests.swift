import GleanLexicon
import Testing

/// miRBase v22 look-ups; every expected accession was read from the optimir package's
/// hsa_matures/hsa_hairpins_miRBase_v22.fa and hsa_miRBase_v22.gff3.
@Suite("miRNA look-ups")
struct MirnaTests {
  struct MatureCase: Sendable, CustomTestStringConvertible {
    let written: String
    let name: String
    let mimat: String
    let precursor: String
    var testDescription: String { written }
  }

  @Test(
    "a written arm resolves to its mature miRNA",
    arguments: [
      MatureCase(
        written: "hsa-miR-143-3p", name: "hsa-miR-143-3p", mimat: "MIMAT0000435",
        precursor: "MI0000459"),
      MatureCase(
        written: "miR-143-3p", name: "hsa-miR-143-3p", mimat: "MIMAT0000435",
        precursor: "MI0000459"),
      MatureCase(
        written: "微小RNA-143-3p", name: "hsa-miR-143-3p", mimat: "MIMAT0000435",
        precursor: "MI0000459"),
      MatureCase(
        written: "hsa-mir-143-3p", name: "hsa-miR-143-3p", mimat: "MIMAT0000435",
        precursor: "MI0000459"),
      MatureCase(
        written: "MiR-21-5p", name: "hsa-miR-21-5p", mimat: "MIMAT0000076",
        precursor: "MI0000077"),
      MatureCase(
        written: "hsa-miR-145-5p", name: "hsa-miR-145-5p", mimat: "MIMAT0000437",
        precursor: "MI0000461"),
      MatureCase(
        written: "miR-142-3p", name: "hsa-miR-142-3p", mimat: "MIMAT0000434",
        precursor: "MI0000458"),
      MatureCase(
        written: "hsa-let-7a-2-3p", name: "hsa-let-7a-2-3p", mimat: "MIMAT0010195",
        precursor: "MI0000061"),
    ])
  func mature(_ example: MatureCase) throws {
    let lexicon = try #require(sharedLexicon)
    let entry = try #require(lexicon.mirna(example.written))
    #expect(entry.kind == .mature)
    #expect(entry.name == example.name)
    #expect(entry.mature?.accession == example.mimat)
    #expect(entry.mature?.name == example.name)
    #expect(entry.ids == [example.mimat])
    #expect(entry.precursors.map(\.accession) == [example.precursor])
  }

  @Test("a mature made by several precursors lists them all")
  func sharedMature() throws {
    let lexicon = try #require(sharedLexicon)
    let entry = try #require(lexicon.mirna("hsa-let-7a-5p"))
    #expect(entry.ids == ["MIMAT0000062"])
    #expect(entry.precursors.map(\.name) == ["hsa-let-7a-1", "hsa-let-7a-2", "hsa-let-7a-3"])
  }

  struct PrecursorCase: Sendable, CustomTestStringConvertible {
    let written: String
    let name: String
    let ids: [String]
    let uniqueMature: String?
    var testDescription: String { written }
  }

  @Test(
    "a name without arm resolves to its precursors",
    arguments: [
      PrecursorCase(
        written: "hsa-miR-144", name: "hsa-miR-144", ids: ["MI0000460"], uniqueMature: nil),
      PrecursorCase(written: "miR-143", name: "hsa-miR-143", ids: ["MI0000459"], uniqueMature: nil),
      PrecursorCase(
        written: "hsa-mir-143", name: "hsa-miR-143", ids: ["MI0000459"], uniqueMature: nil),
      PrecursorCase(
        written: "let-7a", name: "hsa-let-7a", ids: ["MI0000060", "MI0000061", "MI0000062"],
        uniqueMature: nil),
      PrecursorCase(
        written: "miR-16", name: "hsa-miR-16", ids: ["MI0000070", "MI0000115"], uniqueMature: nil),
      PrecursorCase(
        written: "miR-1587", name: "hsa-miR-1587", ids: ["MIMAT0019077"],
        uniqueMature: "MIMAT0019077"),
    ])
  func precursor(_ example: PrecursorCase) throws {
    let lexicon = try #require(sharedLexicon)
    let entry = try #require(lexicon.mirna(example.written))
    #expect(entry.name == example.name)
    #expect(entry.ids == example.ids)
    #expect(entry.mature?.accession == example.uniqueMature)
    #expect(entry.isMatureUnique == (example.uniqueMature != nil))
  }

  @Test("hsa-miR-144 has two matures, so no MIMAT is chosen")
  func ambiguousArm() throws {
    let lexicon = try #require(sharedLexicon)
    let entry = try #require(lexicon.mirna("hsa-miR-144"))
    #expect(entry.kind == .precursor)
    #expect(entry.precursors == [MirbaseRecord(accession: "MI0000460", name: "hsa-mir-144")])
    #expect(entry.matures.map(\.accession) == ["MIMAT0000436", "MIMAT0004600"])
    #expect(!entry.isMatureUnique)
  }

  @Test(
    "names miRBase v22 lacks are not found",
    arguments: [
      "has-miR-144", "hsa-miR-143-4p", "hsa-miR-99999", "mmu-miR-143-3p", "miR-", "VEGF",
      "hsa-miR-21-5p-3p",
    ])
  func notFound(_ written: String) throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.mirna(written) == nil)
  }
}
