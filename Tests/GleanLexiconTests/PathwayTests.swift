import GleanLexicon
import Testing

@Suite("pathway look-ups")
struct PathwayTests {
  @Test(
    "pathway mentions resolve with their KEGG id",
    arguments: [
      ("Hedgehog信号通路", "Hedgehog signaling pathway", "hsa04340"),
      ("Hedgehog signaling pathway", "Hedgehog signaling pathway", "hsa04340"),
      ("MAPK pathway", "MAPK signaling pathway", "hsa04010"),
      ("PI3K/Akt信号通路", "PI3K-Akt signaling pathway", "hsa04151"),
      ("PI3K/AKT", "PI3K-Akt signaling pathway", "hsa04151"),
      ("mTOR signalling", "mTOR signaling pathway", "hsa04150"),
      ("HIF-1α信号通路", "HIF-1 signaling pathway", "hsa04066"),
      ("Wnt/β-catenin信号通路", "Wnt signaling pathway", "hsa04310"),
      ("Hippo pathway", "Hippo signaling pathway", "hsa04390"),
      ("NF-κB信号通路", "NF-kappa B signaling pathway", "hsa04064"),
      ("TGF-β/Smad信号通路", "TGF-beta signaling pathway", "hsa04350"),
    ])
  func kegg(_ mention: String, _ name: String, _ kegg: String) throws {
    let lexicon = try #require(sharedLexicon)
    let pathway = try #require(lexicon.pathway(mention))
    #expect(pathway.name == name)
    #expect(pathway.keggID == kegg)
  }

  @Test("a pathway without its own KEGG map has no id but has members")
  func withoutKEGG() throws {
    let lexicon = try #require(sharedLexicon)
    let erk = try #require(lexicon.pathway("ERK1/2信号通路"))
    #expect(erk.keggID == nil)
    #expect(erk.members == ["MAPK3", "MAPK1"])
    let caspase = try #require(lexicon.pathway("caspase信号通路"))
    #expect(caspase.members == ["FPLX:Caspase"])
  }

  @Test("members name genes and families the lexicon knows")
  func membersResolve() throws {
    let lexicon = try #require(sharedLexicon)
    let hedgehog = try #require(lexicon.pathway("Hedgehog"))
    for member in hedgehog.members {
      if member.hasPrefix("FPLX:") {
        #expect(lexicon.family(id: String(member.dropFirst(5))) != nil)
      } else {
        #expect(lexicon.gene(approvedSymbol: member) != nil)
      }
    }
  }

  @Test("words alone are not pathways", arguments: ["信号通路", "signaling pathway", "EMT", ""])
  func notPathways(_ mention: String) throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.pathway(mention) == nil)
  }
}
