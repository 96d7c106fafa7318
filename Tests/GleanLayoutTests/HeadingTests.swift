import Testing

@testable import GleanLayout

@Suite("Headings")
struct HeadingTests {
  @Test(
    "numbered headings and their levels",
    arguments: [
      ("1 MSC-Exo的成分与特征", 1), ("1.1 MSC-Exo的成分", 2), ("2.3.1 药物载体", 3),
      ("3. Results", 1), ("一、引言", 1), ("（二）临床应用", 2), ("1.2. 组织学分类", 2),
    ])
  func numbered(text: String, level: Int) {
    #expect(HeadingRules.numbered(text)?.level == level)
  }

  @Test(
    "numbers that start sentences are not headings",
    arguments: ["2014 年，世界卫生组织发表了", "3 级：CIN1", "12 cases were", "1/3；CIN2", "5 μg"])
  func notNumbered(text: String) {
    #expect(HeadingRules.numbered(text) == nil)
  }

  @Test(
    "named headings",
    arguments: ["摘要", "摘 要", "关键词", "参考文献", "结语", "Abstract", "Keywords", "References", "[摘要]"])
  func named(text: String) {
    #expect(HeadingRules.namedHeading(text).isHeading)
  }

  @Test("headings of the seed paper with their levels; run-in headings stay in their paragraph")
  func seedHeadings() throws {
    let path = TestFiles.corpus("papers/seed-msc-exo.pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    let headings = document.allBlocks.filter { $0.kind == .heading }
    let levels = Dictionary(
      headings.map { ($0.text.replacingOccurrences(of: " ", with: ""), $0.level ?? 0) },
      uniquingKeysWith: { a, _ in a })
    #expect(levels["1MSC-Exo的成分与特征"] == 1)
    #expect(levels["1.1MSC-Exo的成分"] == 2)
    #expect(levels["2.4对肿瘤耐药等方面的影响"] == 2)
    #expect(levels["4结语"] == 1)
    #expect(headings.count == 12)
    #expect(document.lines.contains { $0.hasPrefix("3.1.1 TME 的通讯介质 Exo 是 TME 中主要的通信介质") })
    let abstract = try #require(document.allBlocks.first { $0.role == .abstract })
    #expect(abstract.text.hasPrefix("[摘要]"))
    #expect(document.allBlocks.contains { $0.role == .keywords })
  }
}
