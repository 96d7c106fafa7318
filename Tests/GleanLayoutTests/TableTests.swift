import GleanLayout
import GleanPDF
import Testing

@Suite("Tables")
struct TableTests {
  @Test("a captioned table comes out as rows of cells, a wrapped cell as one cell, with its note")
  func fixture() throws {
    let document = try TestFiles.extract(TestFiles.fixture("table.pdf"))
    let block = try #require(document.allBlocks.first { $0.kind == .table })
    let table = try #require(block.table)
    #expect(table.caption == "表1 外泌体来源的微小RNA及其作用")
    #expect(table.rows.count == 4)
    #expect(table.rows.allSatisfy { $0.count == 4 })
    #expect(table.rows[0].map(\.text) == ["来源", "微小RNA", "靶基因", "作用"])
    #expect(table.rows[2].map(\.text) == ["脂肪来源MSC-Exo", "miR-21", "PTEN、PDCD4及相关蛋白表达", "促进增殖"])
    #expect(table.footnotes.count == 1)
    #expect(table.footnotes.first?.hasPrefix("注：BMSC-Exo") == true)
    // In the text: caption line, TAB-separated rows, then the note; the text after is its own block.
    #expect(
      document.text.contains(
        "表1 外泌体来源的微小RNA及其作用\n来源\t微小RNA\t靶基因\t作用\nBMSC-Exo\tmiR-143\tVEGFA\t抑制迁移\n"))
    #expect(document.lines.contains("表后的正文：这一段不属于表格，应当作为普通段落输出。"))
    // Cells point back into the text.
    let cell = table.rows[1][1]
    let range = try #require(cell.textRange)
    let scalars = Array(document.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[range])) == "miR-143")
  }

  @Test("the seed paper's tables 1 and 2: 6 and 7 rows of 4 cells under a header row")
  func seedTables() throws {
    let path = TestFiles.corpus("papers/seed-msc-exo.pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    let tables = document.allBlocks.compactMap(\.table)
    try #require(tables.count == 2)
    #expect(tables[0].rows.count == 7)
    #expect(tables[1].rows.count == 8)
    for table in tables {
      #expect(table.rows.allSatisfy { $0.count == 4 })
      #expect(table.headerRows == 1)
      #expect(
        table.rows[0].map { $0.text.replacingOccurrences(of: " ", with: "") }.prefix(3) == [
          "参考文献", "Exo来源", "作用机制",
        ])
      #expect(table.rows.allSatisfy { row in row.allSatisfy { !$0.text.isEmpty } })
      #expect(table.footnotes.count == 1)
    }
    func squeezed(_ cell: TableCell) -> String { cell.text.replacingOccurrences(of: " ", with: "") }
    // Wrapped cells are whole.
    #expect(squeezed(tables[0].rows[1][2]) == "激活Hedgehog信号通路中信号细胞所分泌的局域性蛋白质配体")
    #expect(squeezed(tables[0].rows[4][1]) == "卵巢TME中MSC-Exo")
    #expect(squeezed(tables[1].rows[6][0]) == "PAKRAVAN等[39]")
    #expect(
      squeezed(tables[1].rows[6][2]) == "转运miR-100而调节乳腺癌细胞的mTOR/HIF-1α信号轴，下调乳腺癌细胞中VEGF分泌和表达水平")
    #expect(squeezed(tables[1].rows[7][3]) == "降低癌细胞化疗耐药性")
  }

  @Test(
    "the seed's tables set by other typesetters: one column on B5, and in a narrow column over a column break",
    arguments: ["seed-msc-exo-narrow", "seed-msc-exo-pango"])
  func retypesetTables(name: String) throws {
    let path = TestFiles.corpus("papers/\(name).pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    let tables = document.allBlocks.compactMap(\.table)
    try #require(tables.count == 2)
    #expect(tables.map(\.rows.count) == [7, 8])
    #expect(tables.allSatisfy { $0.rows.allSatisfy { $0.count == 4 } })
    func squeezed(_ cell: TableCell) -> String { cell.text.replacingOccurrences(of: " ", with: "") }
    #expect(squeezed(tables[0].rows[2][0]) == "FIGUEROA等[29]")
    #expect(squeezed(tables[1].rows[3][0]) == "CHEN等[32]")
    #expect(squeezed(tables[1].rows[3][3]) == "抑制结直肠癌HCT116和SW480细胞迁移和侵袭")
    #expect(tables.allSatisfy { $0.footnotes.count == 1 })
  }
}
