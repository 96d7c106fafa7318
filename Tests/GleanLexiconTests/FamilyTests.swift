import GleanLexicon
import Testing

/// FamPlex look-ups; members were read from the famplex wheel's relations.csv.
@Suite("family look-ups")
struct FamilyTests {
  @Test(
    "families list their member genes",
    arguments: [
      ("ERK", ["MAPK1", "MAPK3"]),
      ("AKT", ["AKT1", "AKT2", "AKT3"]),
      ("p38", ["MAPK11", "MAPK12", "MAPK13", "MAPK14"]),
    ])
  func members(_ id: String, _ genes: [String]) throws {
    let lexicon = try #require(sharedLexicon)
    let family = try #require(lexicon.family(id: id))
    #expect(family.memberGenes == genes)
  }

  @Test("members of sub-families are reached")
  func nested() throws {
    let lexicon = try #require(sharedLexicon)
    let family = try #require(lexicon.family("PI3K"))
    #expect(family.partofMembers.contains("FPLX:PI3K_p110"))
    #expect(family.memberGenes.contains("PIK3CA"))
    let nfkb = try #require(lexicon.family("NF-κB"))
    #expect(nfkb.memberGenes.contains("RELA"))
  }

  @Test("grounding-map texts name families", arguments: [("ERK1/2", "ERK"), ("Wnt", "Wnt")])
  func groundingTexts(_ text: String, _ id: String) throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.family(text)?.id == id)
  }

  @Test("genes and abbreviations are not families", arguments: ["MAPK3", "EMT", "VEGFA", "CD"])
  func notFamilies(_ text: String) throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.family(text) == nil)
  }
}
