import GleanLexicon
import Testing

@Suite("genes weighed against families")
struct ProteinResolutionTests {
  @Test(
    "family names resolve to FamPlex families",
    arguments: [
      ("AKT", "AKT"), ("Akt", "AKT"), ("PI3K", "PI3K"), ("ERK", "ERK"), ("MMP", "MMP"),
      ("caspase", "Caspase"), ("Rab", "RAB"), ("NF-κB", "NFkappaB"), ("NF-kB", "NFkappaB"),
      ("p38", "p38"), ("基质金属蛋白酶", "MMP"), ("蛋白激酶B", "AKT"),
    ])
  func families(_ mention: String, _ id: String) throws {
    let lexicon = try #require(sharedLexicon)
    guard case .family(let family) = lexicon.resolveProtein(mention) else {
      Issue.record("\(mention) did not resolve to a family")
      return
    }
    #expect(family.id == id)
  }

  @Test(
    "gene names resolve to genes",
    arguments: [
      ("VEGF", ["VEGFA"]), ("ERK1", ["MAPK3"]), ("ERK2", ["MAPK1"]), ("IL-6", ["IL6"]),
      ("mTOR", ["MTOR"]), ("HIF-1α", ["HIF1A"]), ("PD-L1", ["CD274"]),
    ])
  func genes(_ mention: String, _ symbols: [String]) throws {
    let lexicon = try #require(sharedLexicon)
    guard case .genes(let genes) = lexicon.resolveProtein(mention) else {
      Issue.record("\(mention) did not resolve to genes")
      return
    }
    #expect(Array(genes.map(\.symbol).prefix(symbols.count)) == symbols)
  }

  @Test("stop-listed and non-gene texts are refused", arguments: ["EMT", "MSC", "CD", "ROS"])
  func refused(_ mention: String) throws {
    let lexicon = try #require(sharedLexicon)
    guard case .notAGene = lexicon.resolveProtein(mention) else {
      Issue.record("\(mention) was not refused")
      return
    }
  }

  @Test("unknown names are unknown")
  func unknown() throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.resolveProtein("QQQZ9") == .unknown)
  }

  @Test(
    "slash lists split into genes",
    arguments: [
      ("ERK1/2", ["MAPK3", "MAPK1"]),
      ("细胞外调节蛋白激酶1/2", ["MAPK3", "MAPK1"]),
      ("CCNE1/2", ["CCNE1", "CCNE2"]),
      ("MMP-2/9", ["MMP2", "MMP9"]),
    ])
  func slashLists(_ mention: String, _ symbols: [String]) throws {
    let lexicon = try #require(sharedLexicon)
    let parts = lexicon.resolveProteins(mention)
    let resolved = parts.map { part -> String? in
      if case .genes(let genes) = part.resolution {
        return genes.first?.symbol
      }
      return nil
    }
    #expect(resolved == symbols)
  }

  @Test(
    "mention lists are split and completed",
    arguments: [
      ("ERK1/2", ["ERK1", "ERK2"]),
      ("MMP-2/9", ["MMP-2", "MMP-9"]),
      ("HIF-1α/2α", ["HIF-1α", "HIF-2α"]),
      ("PI3K/AKT/mTOR", ["PI3K", "AKT", "mTOR"]),
      ("Th1/Th17", ["Th1", "Th17"]),
      ("VEGF", ["VEGF"]),
    ])
  func split(_ mention: String, _ parts: [String]) {
    #expect(MentionList.split(mention) == parts)
  }
}
