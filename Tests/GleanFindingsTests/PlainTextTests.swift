import Testing

@testable import GleanFindings

@Suite("Plain text papers: tables, references, title, language")
struct PlainTextTests {
  let text = """
    外泌体miRNA与肿瘤研究进展

    LIANG等[27]的研究结果显示，BMSC-Exo通过miR-144降低CCNE1的表达。Smith et al. (2019) found more.

    表2 Exo对肿瘤的抑制作用及其机制
    参考文献\tExo来源\t作用机制\t对肿瘤的抑制作用
    LIANG等[27]\tBMSC-Exo\tmiR-144下调CCNE1和CCNE2\t抑制NSCLC细胞增殖
    COPB2：衣被蛋白复合体亚基β2

    参考文献
    [27] LIANG Y, XU X, et al. Engineered exosomes carry miR-144[J]. Cancer Lett, 2020, 12(3): 1-9.
    [28] Smith J, Lee K. A second paper. Oncogene. 2019;3:4-5.
    """

  @Test("title, table with caption and footnote, reference entries")
  func structure() throws {
    let paper = PaperText(plainText: text, rules: try bundledRules())
    #expect(paper.title == "外泌体miRNA与肿瘤研究进展")
    #expect(paper.tables.count == 1)
    let table = try #require(paper.tables.first)
    #expect(table.caption == "表2 Exo对肿瘤的抑制作用及其机制")
    #expect(table.headerRows.first?.map(\.text) == ["参考文献", "Exo来源", "作用机制", "对肿瘤的抑制作用"])
    #expect(table.bodyRows.count == 1)
    #expect(paper.references.map(\.number) == [27, 28])
    #expect(paper.references.first?.year == 2020)
    #expect(paper.references.first?.journal == "Cancer Lett")
    let prose = paper.proseLines.map { paper.string($0) }
    #expect(prose.count == 2)
    #expect(!prose.contains { $0.contains("COPB2") })
    #expect(PaperIdentity.doi(paper) == nil)
  }

  @Test("wrapped table rows are joined to the row above")
  func continuation() {
    func cell(_ text: String) -> PaperText.TableSpan.Cell {
      PaperText.TableSpan.Cell(text: text, range: nil, box: nil, page: 3)
    }
    let rows = [
      [cell("CHEN"), cell("BMSC-Exo"), cell("miR-4461下调COPB2的表达"), cell("抑制结直肠癌HCT116")],
      [cell("等[32]"), cell(""), cell(""), cell("和SW480细胞迁移和侵袭")],
      [cell("HO等[33]"), cell("BMSC-Exo"), cell("抑制蛋白酶"), cell("抑制多发性骨髓瘤")],
    ]
    let joined = FindingAssembler.joinContinuations(
      rows, roles: [.reference, .source, .mechanism, .effect])
    #expect(joined.count == 2)
    #expect(
      joined[0].map(\.text) == [
        "CHEN等[32]", "BMSC-Exo", "miR-4461下调COPB2的表达", "抑制结直肠癌HCT116和SW480细胞迁移和侵袭",
      ])
    #expect(joined[1][0].text == "HO等[33]")
  }

  @Test("language by the share of Chinese characters; the reference list does not count")
  func language() throws {
    let rules = try bundledRules()
    #expect(
      PaperIdentity.language(
        PaperText(plainText: "miR-21 promotes growth of cancer cells.", rules: rules)) == "en")
    #expect(
      PaperIdentity.language(
        PaperText(plainText: "miR-21促进肿瘤细胞生长 and invasion in vitro models", rules: rules))
        == "mixed")
    let withReferences =
      "miR-21促进肝癌细胞的增殖和迁移。\nReferences\n[1] Smith J, Lee K. A long English title of a paper. Oncogene. 2019;3:4-5."
    #expect(PaperIdentity.language(PaperText(plainText: withReferences, rules: rules)) == "zh")
  }

  @Test("a DOI in the text outside the reference list is the paper's")
  func doi() throws {
    let rules = try bundledRules()
    let paper = PaperText(
      plainText:
        "A title\n\ndoi: 10.12677/ACM.2024.1441071\n\nReferences\n[1] X. doi:10.1000/other",
      rules: rules)
    #expect(PaperIdentity.doi(paper) == "10.12677/ACM.2024.1441071")
    let onlyInReferences = PaperText(
      plainText: "A title\n\nReferences\n[1] X. doi:10.1000/other", rules: rules)
    #expect(PaperIdentity.doi(onlyInReferences) == nil)
  }
}
