import GleanLayout
import GleanPDF
import Testing

@Suite("Reference lists")
struct ReferenceTests {
  @Test("the list after 参考文献 is one block, one entry per line, numbered")
  func fixture() throws {
    let document = try TestFiles.extract(TestFiles.fixture("references.pdf"))
    let heading = try #require(document.allBlocks.first { $0.kind == .heading })
    #expect(heading.text == "参考文献")
    let blocks = document.allBlocks.filter { $0.kind == .references }
    let entries = blocks.flatMap { $0.references ?? [] }
    #expect(entries.map(\.number) == [1, 2, 3, 4])
    #expect(entries[0].text == "[1] 王某, 李某. 间充质干细胞来源的外泌体与肿瘤[J]. 中国肿瘤, 2020, 29(3): 1-10.")
    #expect(entries[3].text.hasSuffix("osteosarcoma cells[J]. Oncotarget, 2017, 8(12): 1234-1245."))
    #expect(entries[3].text.contains("MSC-derived"))
    let lines = document.lines
    let start = try #require(lines.firstIndex(of: "参考文献"))
    #expect(lines[(start + 1)...].count == 4)
  }

  @Test("a numbered English list over several columns and pages keeps counting")
  func realPaper() throws {
    let path = TestFiles.corpus("real/en-cermine_d9d82529_test1.pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    let numbers = document.allBlocks.filter { $0.kind == .references }
      .flatMap { $0.references ?? [] }.compactMap(\.number)
    let unique = Array(Set(numbers)).sorted()
    #expect(unique.first == 1)
    #expect(unique.count >= 40)
    #expect(unique == Array(1...(unique.last ?? 1)))
  }
}
