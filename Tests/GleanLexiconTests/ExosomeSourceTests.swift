import GleanLexicon
import Testing

@Suite("exosome source look-ups")
struct ExosomeSourceTests {
  @Test(
    "source mentions resolve to a normalised source",
    arguments: [
      ("MSC-Exo", "MSC-Exo", nil),
      ("间充质干细胞来源的外泌体", "MSC-Exo", nil),
      ("BMSC-Exo", "BMSC-Exo", "MSC-Exo"),
      ("BMSC-exo", "BMSC-Exo", "MSC-Exo"),
      ("骨髓间充质干细胞来源的外泌体", "BMSC-Exo", "MSC-Exo"),
      ("脂肪来源MSC-Exo", "ADSC-Exo", "MSC-Exo"),
      ("人脐带MSC-Exo", "hUC-MSC-Exo", "MSC-Exo"),
      ("hUC-MSC-Exo", "hUC-MSC-Exo", "MSC-Exo"),
      ("胶质瘤相关MSC-Exo", "GA-MSC-Exo", "MSC-Exo"),
      ("卵巢TME中MSC-Exo", "ovarian TME MSC-Exo", "MSC-Exo"),
      ("tumour-derived Exo", "tumour-derived Exo", nil),
      ("肿瘤来源的Exo", "tumour-derived Exo", nil),
    ] as [(String, String, String?)])
  func resolves(_ mention: String, _ name: String, _ parent: String?) throws {
    let lexicon = try #require(sharedLexicon)
    let source = try #require(lexicon.exosomeSource(mention))
    #expect(source.name == name)
    #expect(source.parent == parent)
  }

  @Test("tissue is recorded where the source implies one")
  func tissue() throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.exosomeSource("BMSC-Exo")?.tissue == "bone marrow")
    #expect(lexicon.exosomeSource("MSC-Exo")?.tissue == nil)
  }

  @Test("other mentions are not sources", arguments: ["MSC", "Exo", "VEGF", "骨肉瘤"])
  func notFound(_ mention: String) throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.exosomeSource(mention) == nil)
  }
}
