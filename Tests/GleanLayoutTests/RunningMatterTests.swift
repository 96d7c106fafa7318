import GleanPDF
import Testing

@testable import GleanLayout

@Suite("Running headers, footers and page numbers")
struct RunningMatterTests {
  @Test("headers and page numbers are marked in the JSON and left out of the text")
  func fixture() throws {
    let document = try TestFiles.extract(TestFiles.fixture("running-heads.pdf"))
    #expect(document.pages.count == 3)
    for page in document.pages {
      let kinds = page.blocks.map(\.kind)
      #expect(kinds.contains(.header), "page \(page.number) has no header")
      #expect(kinds.contains(.pageNumber), "page \(page.number) has no page number")
      #expect(page.blocks.filter { $0.kind.isRunningMatter }.allSatisfy { $0.textRange == nil })
    }
    #expect(!document.text.contains("测试学报"))
    #expect(!document.text.contains("Journal of Layout Tests"))
    #expect(!document.text.contains("- 2 -"))
    // The first body line of each page is text, not a header, though it recurs with its digits.
    #expect(document.text.contains("第2页第01行"))
    #expect(document.text.contains("第3页第01行"))
  }

  @Test("a paragraph broken by a page break is one line, each page a contiguous slice")
  func paragraphAcrossPages() throws {
    let document = try TestFiles.extract(TestFiles.fixture("running-heads.pdf"))
    let line = try #require(document.lines.first { $0.contains("第1页第20行") })
    #expect(line.contains("第2页第01行"))
    #expect(line.contains("第3页第20行"))
    #expect(document.pageStarts.count == 3)
    #expect(document.pageText(2).hasPrefix("第2页第01行"))
    #expect(document.pageText(3).hasPrefix("第3页第01行"))
    #expect(document.pageText(1) + document.pageText(2) + document.pageText(3) == document.text)
    let offset = try #require(document.scalarOffset(of: "第2页第05行"))
    #expect(document.page(atScalarOffset: offset) == 2)
  }

  @Test("real journal PDFs: recurring headers and page numbers never reach the text")
  func realPapers() throws {
    let path = TestFiles.corpus("real/en-cermine_d9d82529_test1.pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    #expect(!document.text.contains("traumamanagement.org/content/4/1/1"))
    #expect(!document.text.contains("Page 10 of 11"))
    for page in document.pages.dropFirst() {
      #expect(page.blocks.contains { $0.kind == .header })
      #expect(page.blocks.contains { $0.kind == .pageNumber })
    }
  }

  @Test(
    "page numbers are recognised in their usual shapes",
    arguments: [
      ("12", true), ("- 12 -", true), ("Page 3 of 9", true), ("第3页", true), ("iv", true),
      ("3 / 10", true), ("12 cases", false), ("表1", false), ("2024年", false),
    ])
  func pageNumberShapes(text: String, expected: Bool) {
    #expect(RunningMatter.isPageNumber(text) == expected)
  }
}
