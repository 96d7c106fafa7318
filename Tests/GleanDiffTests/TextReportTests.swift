import GleanDiff
import GleanFindings
import Testing

@Suite struct TextReportTests {
  static func report() -> (DiffReport, PaperMentions) {
    let (old, new) = ReviewTests.sides()
    var moved = new
    moved.findings[1].evidence[0].page = 9  // f_21 only moved
    let oldSide = DiffSide(label: "corpus/expected", extractions: [old])
    let newSide = DiffSide(label: "run:2", extractions: [moved])
    return (
      ExtractionDiff.compare(old: oldSide, new: newSide), PaperMentions(old: oldSide, new: newSide)
    )
  }

  @Test func summaryThenDetailsInPlainText() {
    let (report, mentions) = Self.report()
    let text = TextReport(style: .plain, showMoved: false, mentions: mentions).render(report)
    #expect(!text.contains("\u{1B}["))
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "glean diff: corpus/expected → run:2")
    #expect(
      lines.contains { $0.hasPrefix("paper") && $0.contains("renorm") && $0.contains("moved") })
    let row = lines.first { $0.hasPrefix("seed ") }
    #expect(
      row?.split(separator: " ").map(String.init) == [
        "seed", "changed", "1", "1", "1", "0", "0", "1", "0", "1",
      ])
    #expect(
      text.contains(
        "moved only (not changes): 1 findings, 0 entities (hidden; --show-moved lists them)"))
    #expect(text.contains("   ~ f_144  [27] BMSC-Exo: hsa-miR-144 targets CCNE1;"))
    #expect(text.contains("       relation: downregulates → targets"))
    // The evidence, with its entities marked.
    #expect(text.contains("BMSC-Exo通过[miR-144]降低[CCNE1]和[CCNE2]的表达"))
    #expect(text.contains("   = gene \"VEGF\" (p.3)"))
    #expect(text.contains("       normalized: VEGFA → VEGFB"))
    #expect(!text.contains("findings moved"))
    #expect(text.hasSuffix("\n"))
  }

  @Test func movesListedWhenAsked() {
    let (report, mentions) = Self.report()
    let text = TextReport(style: .plain, showMoved: true, mentions: mentions).render(report)
    #expect(text.contains("findings moved (1)"))
    #expect(text.contains("       p.3 → p.9: "))
  }

  @Test func colourOnlyWhenAsked() {
    let (report, mentions) = Self.report()
    let text = TextReport(style: Style(colour: true), showMoved: false, mentions: mentions)
      .render(report)
    #expect(text.contains("\u{1B}[33m"))
    #expect(text.contains("\u{1B}[1;35m[miR-144]\u{1B}[0m"))
  }

  @Test func noChangesSaysSo() {
    let paper = Fixtures.paper()
    let text = TextReport(style: .plain, showMoved: false).render(
      ExtractionDiff.compare(old: [paper], new: [paper]))
    #expect(text.contains("papers: 1 old, 1 new; 0 changed, 1 unchanged"))
    #expect(text.hasSuffix("no changes\n"))
  }
}
