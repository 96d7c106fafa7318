import Testing

@testable import GleanLayout

@Suite("CJK spacing")
struct CJKSpacingTests {
  @Test("spread CJK lines lose the spaces between their characters")
  func fixture() throws {
    let document = try TestFiles.extract(TestFiles.fixture("cjk-spacing.pdf"))
    let text = document.text
    #expect(text.contains("平均低于对照组，差异有统计学意义。"))
    #expect(text.contains("大量的miRNA介导肿瘤的发生和发展"))
    #expect(!text.contains("平 均"))
    // CJK lines join with no space.
    #expect(text.contains("百分之五。平均低于"))
  }

  @Test(
    "spaces between CJK characters and next to wide punctuation go; others stay",
    arguments: [
      ("平 均 低 于", "平均低于"),
      ("细胞 ， MSC", "细胞，MSC"),
      ("和 MSC 分泌", "和 MSC 分泌"),
      ("mesenchymal  stem cell", "mesenchymal stem cell"),
      ("浓度为 10 μ g/mL", "浓度为 10 μg/mL"),
      ("μ and σ", "μ and σ"),
    ])
  func normalize(input: String, output: String) {
    let result = TextRules.normalizeSpaces(Array(input.unicodeScalars))
    #expect(String(String.UnicodeScalarView(result)) == output)
  }

  @Test("the seed paper's spread first line reads without spaces")
  func seedSpreadLine() throws {
    let path = TestFiles.corpus("papers/seed-msc-exo.pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    #expect(document.text.contains("间充质干细胞来源的外泌体（mesenchymal stem cell-derived exosome"))
  }

  @Test("letter-spaced Latin inside justified CJK lines (Pango) is read as words")
  func pangoSpreadLatin() throws {
    let path = TestFiles.corpus("papers/cx-mir223-ccrcc.pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    #expect(document.text.contains("大量的miRNA介导肿瘤"))
    #expect(!document.text.contains("m i R"))
  }
}
