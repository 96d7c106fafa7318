import Testing

@testable import GleanFindings

@Suite("Citation markers")
struct CitationParserTests {
  @Test(
    "numbered markers give their numbers",
    arguments: [
      ("LIANG等[27]的研究结果显示", [27]),
      ("在多数研究[29-30]中", [29, 30]),
      ("许多研究[36-37]表明", [36, 37]),
      ("研究[1, 3-5]发现", [1, 3, 4, 5]),
      ("研究[1，3]发现", [1, 3]),
      ("研究结果［12］显示", [12]),
      ("研究〔8〕显示", [8]),
      ("promotes growth¹²⁻¹⁴ in", [12, 13, 14]),
      ("shown before [7–9].", [7, 8, 9]),
      ("其中在骨髓组织中尤为多见[6]。", [6]),
    ])
  func numbers(text: String, expected: [Int]) throws {
    let markers = CitationParser(rules: try bundledRules()).markers(in: ScalarText(text))
    #expect(CitationParser.numbers(of: markers) == expected)
  }

  @Test(
    "brackets that are not citations are left alone",
    arguments: ["[摘 要] 间充质", "浓度[Ca2+]升高", "标题[J]. 杂志", "研究[1-500]", "研究[0]", "[]"])
  func notCitations(text: String) throws {
    let markers = CitationParser(rules: try bundledRules()).markers(in: ScalarText(text))
    #expect(markers.isEmpty)
  }

  @Test(
    "the first author before a marker",
    arguments: [
      ("LIANG等[27]的研究", "LIANG"),
      ("NASERI 等[44]证明了", "NASERI"),
      ("Smith et al. [4] showed", "Smith"),
      ("Smith et al.[4] showed", "Smith"),
      ("FIGUEROA等人[29]", "FIGUEROA"),
    ])
  func authors(text: String, author: String) throws {
    let markers = CitationParser(rules: try bundledRules()).markers(in: ScalarText(text))
    #expect(markers.first?.author == author)
  }

  @Test("a miRNA or gene before 等 is not an author")
  func entityIsNotAuthor() throws {
    let text = "如miR-21、miR-143-3p等[7-8]。AKT等[5]"
    let blocked = [tag(.gene, "AKT", "AKT", in: text).range]
    let markers = CitationParser(rules: try bundledRules()).markers(
      in: ScalarText(text), blocked: blocked)
    #expect(markers.count == 2)
    #expect(markers.allSatisfy { $0.author == nil })
  }

  @Test("author-year citations give author and year, several in one parenthesis")
  func authorYear() throws {
    let rules = try bundledRules()
    let one = CitationParser(rules: rules).markers(in: ScalarText("growth (Smith et al., 2019)."))
    #expect(one.map(\.author) == ["Smith"])
    #expect(one.map(\.year) == [2019])
    let two = CitationParser(rules: rules).markers(
      in: ScalarText("growth (Smith et al., 2019; Lee and Park, 2020a)"))
    #expect(two.map(\.author) == ["Smith", "Lee"])
    #expect(two.map(\.year) == [2019, 2020])
    let narrative = CitationParser(rules: rules).markers(
      in: ScalarText("Smith et al. (2019) found"))
    #expect(narrative.first?.author == "Smith")
    #expect(narrative.first?.year == 2019)
    let plain = CitationParser(rules: rules).markers(in: ScalarText("cells (n = 12) and (HCT116)"))
    #expect(plain.isEmpty)
  }
}
