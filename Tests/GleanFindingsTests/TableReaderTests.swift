import Testing

@testable import GleanFindings

@Suite("Findings from table rows")
struct TableReaderTests {
  func cell(_ text: String, _ tags: [(EntityTag.Kind, String, String)] = []) -> TableInput.Cell {
    TableInput.Cell(text: text, tags: tags.map { tag($0.0, $0.1, $0.2, in: text) })
  }

  let header = ["参考文献", "Exo来源", "作用机制", "对肿瘤的抑制作用"]

  @Test("caption and header words give the column roles and the direction")
  func roles() throws {
    let reader = TableReader(rules: try bundledRules())
    let roles = reader.columnRoles(header)
    #expect(roles == [.reference, .source, .mechanism, .effect])
    #expect(TableReader.isFindingTable(roles))
    #expect(!TableReader.isFindingTable(reader.columnRoles(["例数", "年龄", "百分比"])))
    let promoted = reader.statedDirection(
      caption: "表1 Exo对肿瘤的促进作用及其机制", header: header, roles: roles)
    #expect(promoted?.0 == "promotes")
    let inhibited = reader.statedDirection(caption: "表2", header: header, roles: roles)
    #expect(inhibited?.0 == "inhibits")
    #expect(
      reader.statedDirection(
        caption: "表3 促进或抑制作用", header: ["参考文献", "Exo来源"], roles: [.reference, .source]) == nil)
  }

  @Test("one finding per row: refs, author, source, miRNA, relation, genes, cancers, cell lines")
  func rows() throws {
    let table = TableInput(
      caption: "表2 Exo对肿瘤的抑制作用及其机制", header: header,
      rows: [
        [
          cell("LIANG等[27]"), cell("BMSC-Exo", [(.source, "BMSC-Exo", "BMSC-Exo")]),
          cell(
            "miR-144下调CCNE1和CCNE2",
            [
              (.mirna, "miR-144", "hsa-miR-144"), (.gene, "CCNE1", "CCNE1"),
              (.gene, "CCNE2", "CCNE2"),
            ]),
          cell("抑制NSCLC细胞增殖", [(.cancer, "NSCLC", "lung non-small cell carcinoma")]),
        ],
        [
          cell("CHEN等[32]"), cell("BMSC-Exo", [(.source, "BMSC-Exo", "BMSC-Exo")]),
          cell(
            "miR-4461下调COPB2的表达", [(.mirna, "miR-4461", "hsa-miR-4461"), (.gene, "COPB2", "COPB2")]),
          cell(
            "抑制结直肠癌HCT116和SW480细胞迁移和侵袭",
            [
              (.cancer, "结直肠癌", "colorectal cancer"), (.cellLine, "HCT116", "HCT 116"),
              (.cellLine, "SW480", "SW480"),
            ]),
        ],
        [
          cell("SHIMBO等[31]"), cell("MSC-Exo", [(.source, "MSC-Exo", "MSC-Exo")]),
          cell("递送miR-143", [(.mirna, "miR-143", "hsa-miR-143")]),
          cell("抑制骨肉瘤细胞迁移", [(.cancer, "骨肉瘤", "osteosarcoma")]),
        ],
        [
          cell("HO等[33]"), cell("BMSC-Exo", [(.source, "BMSC-Exo", "BMSC-Exo")]),
          cell("抑制蛋白酶的靶向作用及信号转导通路"), cell("抑制多发性骨髓瘤细胞增殖、迁移和侵袭"),
        ],
      ])
    let found = TableReader(rules: try bundledRules()).findings(table)
    #expect(found.map(\.row) == [0, 1, 2, 3])
    let findings = found.map(\.finding)
    #expect(findings.map(\.refs) == [[27], [32], [31], [33]])
    #expect(findings.map(\.authors) == ["LIANG", "CHEN", "SHIMBO", "HO"])
    #expect(findings.allSatisfy { $0.direction == "inhibits" && $0.origin == ["table"] })
    #expect(findings.map(\.relation) == ["downregulates", "downregulates", "delivers", "inhibits"])
    #expect(findings[0].genes.map(\.normalized) == ["CCNE1", "CCNE2"])
    #expect(findings[0].mirnas.map(\.role) == ["cargo"])
    #expect(findings[1].cellLines.map(\.normalized) == ["HCT 116", "SW480"])
    #expect(findings[1].outcomes == ["migration", "invasion"])
    #expect(findings[2].cancers.map(\.normalized) == ["osteosarcoma"])
    #expect(findings[3].source?.normalized == "BMSC-Exo")
  }

  @Test("a table that lists no findings gives none")
  func otherTable() throws {
    let table = TableInput(
      caption: "表1 患者的临床特征", header: ["特征", "例数", "百分比"],
      rows: [[cell("男"), cell("30"), cell("50%")]])
    #expect(TableReader(rules: try bundledRules()).findings(table).isEmpty)
  }
}
