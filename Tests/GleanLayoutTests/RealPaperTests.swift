import GleanLayout
import GleanPDF
import Testing

/// Reading order on real journal PDFs (corpus/real): landmarks from at least two pages of each
/// paper must come out in the order a reader meets them.
@Suite("Real journal PDFs")
struct RealPaperTests {
  static let landmarks: [(file: String, order: [String])] = [
    (
      "en-cermine_478bb5fd_example2.pdf",
      [
        "1 INTRODUCTION", "Existing graph searching tools", "2 METHODS",
        "2.1 Constructing and searching a pattern",
        "The software provides a wide range of constraints", "3 RESULTS AND DISCUSSION",
        "REFERENCES",
      ]
    ),
    (
      "en-cermine_c2301f8b_example3.pdf",
      [
        "Abstract", "INTRODUCTION", "site for the production of vasoactive peptide",
        "There are a number of ACE inhibitors", "allows for effective reduction in blood pressure",
        "Modelling methodology and synthesis", "Inhibition characterization",
      ]
    ),
    (
      "en-cermine_d9d82529_test1.pdf",
      [
        "Abstract", "Introduction", "lization [2,3,7-9].", "weight heparins (LMWHs)", "Methods",
        "Conclusion", "versatility of the retrievable filter", "References",
      ]
    ),
    (
      "zh-hans-cervical-cancer-clinicopathology.pdf",
      [
        "摘要", "1.1. 病理分级", "1.2. 组织学分类", "1.3.1. Silva 分型的概述", "1.3.2. Silva 分型的临床应用",
        "1.3.3. Silva 分型的局限性", "2. 免疫组化标志物", "参考文献",
      ]
    ),
    (
      "zh-hans-hpv-genotypes-epidemiology.pdf",
      ["摘要", "1. 引言", "2. 流行病学特征", "3. 疫苗接种", "4. 宫颈癌筛查", "5. 结论", "参考文献"]
    ),
  ]

  @Test("landmarks of several pages come out in reading order", arguments: landmarks.indices)
  func order(index: Int) throws {
    let (file, order) = Self.landmarks[index]
    let path = TestFiles.corpus("real/" + file)
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    #expect(document.quality.status == .ok)
    var previous = -1
    for landmark in order {
      let offset = try #require(document.scalarOffset(of: landmark), "\(file): \(landmark) missing")
      #expect(offset > previous, "\(file): \(landmark) out of order")
      previous = offset
    }
    // Several pages are represented.
    let pages = Set(
      order.compactMap { document.scalarOffset(of: $0) }.map { document.page(atScalarOffset: $0) })
    #expect(pages.count >= 2)
  }

  @Test("rotated margin text does not leak into the lines beside it")
  func rotatedBanner() throws {
    let path = TestFiles.corpus("real/en-cermine_c2301f8b_example3.pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    #expect(!document.text.contains("i c s n"))
    #expect(document.lines.contains("Abstract"))
  }

  @Test("a paragraph broken by a page break in a one-column Chinese journal is one line")
  func chineseParagraphAcrossPages() throws {
    let path = TestFiles.corpus("real/zh-hans-cervical-cancer-clinicopathology.pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    let line = try #require(document.lines.first { $0.contains("病生存期短。") })
    #expect(line.contains("组织学上看不到显著的凋亡小体"))
    #expect(!line.contains("临床医学进展"))
  }
}
