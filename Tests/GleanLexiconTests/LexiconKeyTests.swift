import GleanLexicon
import Testing

@Suite("key folding")
struct LexiconKeyTests {
  @Test(
    "equivalent spellings fold alike",
    arguments: [
      ("HIF-1α", "HIF1alpha"), ("HIF-1α", "hif 1 alpha"), ("NF-κB", "NFkappaB"),
      ("TGF-β", "TGF-beta"), ("TGF-ß", "TGFbeta"), ("IFN-γ", "IFNgamma"), ("PD-L1", "PDL1"),
      ("ＩＬ－６", "IL-6"), ("IL–6", "il6"), ("Ω", "omega"), ("缺氧诱导因子-1α", "缺氧诱导因子1α"),
    ])
  func foldsAlike(_ left: String, _ right: String) {
    #expect(LexiconKey.fold(left) == LexiconKey.fold(right))
  }

  @Test(
    "different names stay apart",
    arguments: [
      ("HIF1alpha", "HIF1A"), ("IL6", "IL16"), ("CD4", "CD44"), ("PI3K/AKT", "PI3KAKT"),
      ("MMP2", "MMP-9"),
    ])
  func staysApart(_ left: String, _ right: String) {
    #expect(LexiconKey.fold(left) != LexiconKey.fold(right))
  }

  @Test("loose folding also drops dots, slashes and colons")
  func loose() {
    #expect(LexiconKey.foldLoose("RAW 264.7") == LexiconKey.foldLoose("RAW264.7"))
    #expect(LexiconKey.foldLoose("PI3K/Akt") == LexiconKey.foldLoose("PI3K-AKT"))
    #expect(LexiconKey.foldLoose("NIH:OVCAR-3") == "nihovcar3")
  }
}
