import Foundation
import GleanEntities
import GleanLayout
import GleanLexicon
import Testing

@testable import GleanFindings

/// The repository's root, from this file's place.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

func corpusPath(_ name: String) -> String {
  repositoryRoot.appendingPathComponent("corpus/papers/\(name)").path
}

/// The bundled recogniser and rules, built once for the suite.
struct Stage: Sendable {
  let recognizer: EntityRecognizer
  let rules: FindingRules

  /// Loaded once for all tests (the lexicon is large).
  static let shared = Result { try Stage() }

  init() throws {
    recognizer = try EntityRecognizer(
      lexicon: try Lexicon.bundled(), rules: try RecognizerRules.bundled())
    rules = try FindingRules.bundled()
  }

  func extract(pdf name: String) throws -> PaperExtraction {
    let document = try TextExtraction.extract(path: corpusPath(name))
    return PaperExtractor.extract(document: document, recognizer: recognizer, rules: rules)
  }

  func extract(text name: String) throws -> PaperExtraction {
    let text = try String(contentsOfFile: corpusPath(name), encoding: .utf8)
    return PaperExtractor.extract(text: text, file: name, recognizer: recognizer, rules: rules)
  }
}

/// Tables 1 and 2 of the seed review: first reference, direction, miRNAs.
let seedTableRows: [(refs: [Int], direction: String, mirnas: [String])] = [
  ([25], "promotes", []), ([29], "promotes", ["hsa-miR-1587"]),
  ([30], "promotes", ["hsa-miR-208a"]),
  ([34], "promotes", []), ([36], "promotes", []), ([37], "promotes", []),
  ([27], "inhibits", ["hsa-miR-144"]), ([31], "inhibits", ["hsa-miR-143"]),
  ([32], "inhibits", ["hsa-miR-4461"]), ([33], "inhibits", []), ([38], "inhibits", ["hsa-miR-16"]),
  ([39], "inhibits", ["hsa-miR-100"]), ([41], "inhibits", []),
]

@Suite("The seed review, end to end", .serialized)
struct SeedPaperTests {
  let stage: Stage

  init() throws { stage = try Stage.shared.get() }

  func checkTables(_ extraction: PaperExtraction) throws {
    let rows = extraction.findings.filter { $0.origin.contains("table") }
    #expect(rows.count == 13)
    for expected in seedTableRows {
      let row = try #require(rows.first { $0.refs == expected.refs }, "table row \(expected.refs)")
      #expect(row.direction == expected.direction, "row \(expected.refs)")
      #expect(row.mirnas.map(\.normalized) == expected.mirnas, "row \(expected.refs)")
      #expect(row.source != nil, "row \(expected.refs)")
    }
    let liang = try #require(rows.first { $0.refs == [27] })
    #expect(liang.authors == "LIANG")
    #expect(liang.source?.normalized == "BMSC-Exo")
    #expect(liang.relation == "downregulates")
    #expect(liang.genes.map(\.normalized) == ["CCNE1", "CCNE2"])
    #expect(liang.cancers.map(\.normalized) == ["lung non-small cell carcinoma"])
    #expect(liang.origin == ["table", "text"])
    #expect(liang.evidence.count == 2)
    let chen = try #require(rows.first { $0.refs == [32] })
    #expect(chen.genes.map(\.normalized) == ["COPB2"])
    #expect(chen.cancers.map(\.normalized) == ["colorectal cancer"])
    #expect(Set(chen.cellLines.map(\.normalized)) == ["HCT 116", "SW480"])
  }

  func checkProse(_ extraction: PaperExtraction) throws {
    let prose = extraction.findings.filter { $0.origin == ["text"] }
    for (refs, mirna) in [
      ([12], "hsa-miR-15a"), ([44], "hsa-miR-150"), ([45], "hsa-miR-145-5p"), ([52], "hsa-miR-145"),
      ([53, 54], "hsa-miR-302a"),
    ] {
      let finding = try #require(prose.first { $0.refs == refs }, "prose finding \(refs)")
      #expect(finding.mirnas.map(\.normalized).contains(mirna), "prose finding \(refs)")
    }
    let s100 = try #require(prose.first { $0.mirnas.map(\.normalized) == ["hsa-miR-21-5p"] })
    #expect(s100.genes.map(\.normalized) == ["S100A6"])
    #expect(s100.relation == "upregulates")
    #expect(s100.direction == "promotes")
    #expect(s100.cancers.map(\.normalized) == ["breast cancer"])
    let hedged = try #require(prose.first { $0.refs == [23] })
    #expect(hedged.hedged)
  }

  @Test("the true text: 13 table rows and the prose findings that name a miRNA")
  func truthText() throws {
    let extraction = try stage.extract(text: "seed-msc-exo.truth.txt")
    #expect(extraction.paper.language == "zh")
    #expect(extraction.paper.key == "间充质干细胞来源的外泌体对肿瘤的作用及其机制研究进展")
    #expect(extraction.paper.pages == 0)
    try checkTables(extraction)
    try checkProse(extraction)
    #expect(
      extraction.findings.allSatisfy { $0.evidence.allSatisfy { $0.page == 0 && $0.box == nil } })
  }

  @Test("the PDF: the same rows and prose, with pages and boxes")
  func pdf() throws {
    let extraction = try stage.extract(pdf: "seed-msc-exo.pdf")
    #expect(extraction.paper.pages == 3)
    #expect(extraction.quality.textLayer)
    try checkTables(extraction)
    try checkProse(extraction)
    let rows = extraction.findings.filter { $0.origin.contains("table") }
    #expect(rows.allSatisfy { $0.evidence[0].page == 3 && $0.evidence[0].box?.count == 4 })
    // Evidence offsets point into the page's text as `glean text` prints it.
    let document = try TextExtraction.extract(path: corpusPath("seed-msc-exo.pdf"))
    for finding in extraction.findings where finding.origin == ["text"] {
      let anchor = finding.evidence[0]
      let page = Array(document.pageText(anchor.page).unicodeScalars)
      let upper = min(anchor.end, page.count)
      let start = String(String.UnicodeScalarView(page[anchor.start..<upper]))
      #expect(anchor.text.hasPrefix(start) || start.hasPrefix(anchor.text), "\(finding.refs)")
    }
    // Entities are placed on their pages like `glean entities` places them.
    for mention in extraction.entities.prefix(50) {
      let page = Array(document.pageText(mention.page).unicodeScalars)
      #expect(String(String.UnicodeScalarView(page[mention.start..<mention.end])) == mention.text)
    }
  }

  @Test("ids do not change when the same paper is re-typeset with another line width")
  func retypeset() throws {
    let wide = try stage.extract(pdf: "seed-msc-exo.pdf")
    let narrow = try stage.extract(pdf: "seed-msc-exo-narrow.pdf")
    #expect(wide.paper.id != narrow.paper.id)
    #expect(wide.paper.key == narrow.paper.key)
    #expect(narrow.paper.pages > wide.paper.pages)
    #expect(!wide.findings.isEmpty)
    #expect(Set(wide.findings.map(\.id)) == Set(narrow.findings.map(\.id)))
    let wideRows = Set(wide.findings.filter { $0.origin.contains("table") }.map(\.id))
    let narrowRows = Set(narrow.findings.filter { $0.origin.contains("table") }.map(\.id))
    #expect(wideRows.count == 13)
    #expect(wideRows == narrowRows)
  }

  @Test("the same input gives the same JSON twice")
  func deterministic() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let first = try encoder.encode(try stage.extract(text: "seed-msc-exo.truth.txt"))
    let second = try encoder.encode(try stage.extract(text: "seed-msc-exo.truth.txt"))
    #expect(first == second)
  }
}

@Suite("Reference lists, end to end")
struct ReferenceResolutionTests {
  @Test("each cited number resolves to its entry; an author-year citation to its number")
  func resolved() throws {
    let stage = try Stage.shared.get()
    let text = """
      外泌体miRNA与肿瘤

      LIANG等[27]的研究结果显示，BMSC-Exo通过miR-144降低CCNE1和CCNE2的表达，进而抑制非小细胞肺癌细胞的增殖。

      Exosomal miR-21 promoted the proliferation of breast cancer cells (Smith et al., 2019).

      参考文献
      [27] LIANG Y, XU X, LI X, et al. Engineered exosomes carry miR-144[J]. Cancer Lett, 2020, 12(3): 1-9. DOI: 10.1016/j.canlet.2020.01.001.
      [28] Smith J, Lee K. Exosomal miR-21 in breast cancer. Oncogene. 2019;3:4-5.
      """
    let extraction = PaperExtractor.extract(
      text: text, file: "mini.txt", recognizer: stage.recognizer, rules: stage.rules)
    let liang = try #require(extraction.findings.first { $0.refs == [27] })
    #expect(liang.reference?.hasPrefix("LIANG Y, XU X") == true)
    let cited = try #require(liang.citations.first)
    #expect(cited.number == 27)
    #expect(cited.year == 2020)
    #expect(cited.journal == "Cancer Lett")
    #expect(cited.doi == "10.1016/j.canlet.2020.01.001")
    let smith = try #require(
      extraction.findings.first { $0.mirnas.map(\.normalized) == ["hsa-miR-21"] })
    #expect(smith.refs == [28])
    #expect(smith.direction == "promotes")
    #expect(smith.citations.first?.title == "Exosomal miR-21 in breast cancer")
    // The paper's key is its title: the DOI of a reference is not the paper's.
    #expect(extraction.paper.doi == nil)
    #expect(extraction.paper.key == "外泌体mirna与肿瘤")
  }
}
