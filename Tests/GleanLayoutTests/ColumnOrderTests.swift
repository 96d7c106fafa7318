import GleanLayout
import GleanPDF
import Testing

@Suite("Reading order")
struct ColumnOrderTests {
  @Test("two columns under a spanning title: title, abstract, left column, then right column")
  func twoColumnFixture() throws {
    let document = try TestFiles.extract(TestFiles.fixture("two-column.pdf"))
    let text = document.text
    let title = try #require(document.scalarOffset(of: "两栏排版的阅读顺序"))
    let abstract = try #require(document.scalarOffset(of: "摘要：本文检验"))
    var previous = abstract
    #expect(title < abstract)
    for line in 1...12 {
      let offset = try #require(document.scalarOffset(of: String(format: "左栏第%02d行", line)))
      #expect(offset > previous, "left line \(line) out of order")
      previous = offset
    }
    for line in 1...12 {
      let offset = try #require(document.scalarOffset(of: String(format: "右栏第%02d行", line)))
      #expect(offset > previous, "right line \(line) out of order")
      previous = offset
    }
    // Each left line is followed by the next left line, not by a line of the right column.
    for line in 2...11 {
      #expect(text.contains(String(format: "在肿瘤中左栏第%02d行", line + 1)))
    }
    #expect(document.allBlocks.first { $0.kind == .title }?.text == "两栏排版的阅读顺序")
    #expect(document.allBlocks.first { $0.kind == .author }?.text == "张三，李四")
  }

  @Test("a paragraph running from the left column into the right one is one line")
  func paragraphAcrossColumns() throws {
    let document = try TestFiles.extract(TestFiles.fixture("two-column.pdf"))
    let line = try #require(document.lines.first { $0.contains("左栏第12行") })
    #expect(line.contains("右栏第01行"))
    #expect(document.allBlocks.contains { $0.continued == true })
  }

  @Test("the seed paper: spanning title block, two columns, tables above the text on page 3")
  func seedPaper() throws {
    let path = TestFiles.corpus("papers/seed-msc-exo.pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    let order = [
      "间充质干细胞来源的外泌体对肿瘤的作用及其机制研究进展", "[摘要]", "[关键词]",
      "1 MSC-Exo", "1.1 MSC-Exo", "1.2 MSC-Exo", "2 MSC-Exo", "2.1 对肿瘤生长的影响",
      "2.2 对肿瘤转移和侵袭的影响", "3 MSC-Exo", "3.2 在临床应用中的挑战", "Exo 对肿瘤的促进作用及其机制",
      "Exo 对肿瘤的抑制作用及其机制", "4 结语",
    ]
    var previous = -1
    for needle in order {
      let offset = try #require(document.scalarOffset(of: needle), "missing \(needle)")
      #expect(offset > previous, "\(needle) out of order")
      previous = offset
    }
    // The paragraph that runs from page 2 onto page 3 around the tables is one line.
    let line = try #require(
      document.lines.first { $0.hasPrefix("尽管MSC-Exo") || $0.hasPrefix("尽管 MSC-Exo") })
    #expect(line.contains("这可能成为肿瘤治疗的新突破点"))
  }

  @Test("a gutter is found only where column-wide lines touch it on both sides")
  func oneColumnPageHasNoColumns() throws {
    let document = try TestFiles.extract(TestFiles.fixture("hyphens.pdf"))
    #expect(document.lines.count == 1)
  }
}
