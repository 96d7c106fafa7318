import GleanEntities
import Testing

/// Gene and protein mentions, normalised to HGNC (symbols and ids from HGNC).
@Suite("gene recogniser")
struct GeneRecognizerTests {
  @Test(
    "symbols, aliases, previous symbols and names resolve to the approved symbol",
    arguments: [
      RecognitionCase(
        "VEGF and cyclin E1 were measured",
        [
          Expected(text: "VEGF", normalized: "VEGFA", ids: ["HGNC:12680"], rule: "gene.previous"),
          Expected(text: "cyclin E1", normalized: "CCNE1", ids: ["HGNC:1589"], rule: "gene.name"),
        ]),
      RecognitionCase(
        "HIF-1α, HIF-1alpha, PD-L1 and p27kip1",
        [
          Expected(text: "HIF-1α", normalized: "HIF1A", ids: ["HGNC:4910"]),
          Expected(text: "HIF-1alpha", normalized: "HIF1A", ids: ["HGNC:4910"]),
          Expected(text: "PD-L1", normalized: "CD274", ids: ["HGNC:17635"]),
          Expected(text: "p27kip1", normalized: "CDKN1B", ids: ["HGNC:1785"]),
        ]),
      RecognitionCase(
        "IL-6 and CD29, CD44, CD90 and CD73",
        [
          Expected(text: "IL-6", normalized: "IL6", ids: ["HGNC:6018"], rule: "gene.symbol"),
          Expected(text: "CD29", normalized: "ITGB1", ids: ["HGNC:6153"]),
          Expected(text: "CD44", normalized: "CD44"),
          Expected(text: "CD90", normalized: "THY1"),
          Expected(text: "CD73", normalized: "NT5E"),
        ]),
      RecognitionCase(
        "ＩＬ－６（全角）",
        [Expected(text: "ＩＬ－６", normalized: "IL6", ids: ["HGNC:6018"])]),
      RecognitionCase(
        "ERK1/2 were phosphorylated",
        [
          Expected(text: "ERK1/2", normalized: "MAPK3", ids: ["HGNC:6877"], flags: ["list"]),
          Expected(text: "ERK1/2", normalized: "MAPK1", ids: ["HGNC:6871"], flags: ["list"]),
        ]),
      RecognitionCase(
        "Bcl-2/Bax ratio",
        [
          Expected(text: "Bcl-2", normalized: "BCL2", ids: ["HGNC:990"]),
          Expected(text: "Bax", normalized: "BAX", ids: ["HGNC:959"]),
        ]),
      RecognitionCase(
        "降低CCNE1和CCNE2的表达",
        [
          Expected(text: "CCNE1", normalized: "CCNE1", ids: ["HGNC:1589"]),
          Expected(text: "CCNE2", normalized: "CCNE2", ids: ["HGNC:1590"]),
        ]),
      RecognitionCase(
        "IL-6-induced expression of mTOR",
        [
          Expected(text: "IL-6", normalized: "IL6"),
          Expected(text: "mTOR", normalized: "MTOR", ids: ["HGNC:3942"]),
        ]),
    ])
  func english(_ testCase: RecognitionCase) throws {
    try check(testCase, type: .gene)
  }

  @Test(
    "Chinese protein names from the curated table",
    arguments: [
      RecognitionCase(
        "细胞周期蛋白E1、血管内皮生长因子和抑制素β-A",
        [
          Expected(text: "细胞周期蛋白E1", normalized: "CCNE1", rule: "gene.zh"),
          Expected(text: "血管内皮生长因子", normalized: "VEGFA", rule: "gene.zh"),
          Expected(text: "抑制素β-A", normalized: "INHBA", ids: ["HGNC:6066"], rule: "gene.zh"),
        ]),
      RecognitionCase(
        "缺氧诱导因子-1α与哺乳动物雷帕霉素靶蛋白",
        [
          Expected(text: "缺氧诱导因子-1α", normalized: "HIF1A"),
          Expected(text: "哺乳动物雷帕霉素靶蛋白", normalized: "MTOR"),
        ]),
      RecognitionCase(
        "细胞周期蛋白\nE1（cyclin E1）",
        [
          Expected(text: "细胞周期蛋白\nE1", normalized: "CCNE1"),
          Expected(text: "cyclin E1", normalized: "CCNE1"),
        ]),
    ])
  func chinese(_ testCase: RecognitionCase) throws {
    try check(testCase, type: .gene)
  }

  @Test(
    "common abbreviations, English words and author names are not genes",
    arguments: [
      "MSC, Exo, EMT, TME, DNA, RNA, PCR and a bare CD", "The cells were washed. This was done.",
      "DING等[45]的研究结果则表明", "QIN et al. showed", "In the S phase and at the N terminus",
      "Th1/Th17 cells and Treg cells", "研究结果[19-20]表明", "Fig. 2 and Table S1",
    ])
  func negatives(_ input: String) throws {
    let recognizer = try #require(Shared.recognizer)
    let genes = recognizer.recognize(input).filter { $0.type == .gene || $0.type == .cellLine }
    #expect(genes.isEmpty, "got \(genes.map { "\($0.text) → \($0.normalized)" })")
  }
}
