import GleanDiff
import GleanEntities
import GleanFindings
import Testing

@Suite struct PaperDiffTests {
  @Test func papersAddedAndRemoved() {
    let a = Fixtures.paper(id: "a", key: "paper a", file: "corpus/papers/a.pdf")
    let b = Fixtures.paper(id: "b", key: "paper b", file: "corpus/papers/b.pdf")
    let report = ExtractionDiff.compare(old: [a], new: [b])
    #expect(report.details.map(\.status) == [.removed, .added])
    #expect(report.papers.added == 1)
    #expect(report.papers.removed == 1)
    #expect(report.counts.findingsAdded == 2)
    #expect(report.counts.findingsRemoved == 2)
    #expect(report.hasChanges)
  }

  /// The same paper re-typeset (new bytes, more pages) with the same findings: a new version,
  /// not a change.
  @Test func newVersionWithSameFindingsIsNoChange() {
    let old = Fixtures.paper(id: "old-bytes", file: "corpus/papers/seed.pdf", pages: 3)
    var movedFindings = [Fixtures.finding144(page: 5), Fixtures.finding16()]
    movedFindings[1].evidence[0].page = 6
    let new = Fixtures.paper(
      id: "new-bytes", file: "corpus/papers/seed-narrow.pdf", pages: 7, findings: movedFindings,
      entities: Fixtures.mentions(page: 5, start: 3) + [])
    let report = Fixtures.compare(old, new)
    #expect(!report.hasChanges)
    #expect(report.details[0].versionFields.map(\.field) == ["id", "pages"])
    #expect(report.counts.findingsMoved == 2)
  }

  @Test func titleChangeIsAChange() {
    var new = Fixtures.paper()
    new.paper.title = "另一个标题"
    let report = Fixtures.compare(Fixtures.paper(), new)
    #expect(report.hasChanges)
    #expect(report.details[0].paperFields.map(\.field) == ["title"])
  }

  /// Two files with the same key (a paper and its re-typeset copy) pair by file name.
  @Test func sameKeyPairsByFileName() {
    let oldA = Fixtures.paper(id: "1", file: "x/seed.pdf", findings: [Fixtures.finding144()])
    let oldB = Fixtures.paper(id: "2", file: "x/seed-narrow.pdf", findings: [Fixtures.finding16()])
    let newA = Fixtures.paper(id: "3", file: "y/seed.pdf", findings: [Fixtures.finding144()])
    let newB = Fixtures.paper(id: "4", file: "y/seed-narrow.pdf", findings: [Fixtures.finding16()])
    let report = ExtractionDiff.compare(old: [oldA, oldB], new: [newB, newA])
    #expect(!report.hasChanges)
    #expect(report.details.count == 2)
  }

  @Test func failingRecoveredAndStillFailing() {
    let a = Fixtures.paper(id: "a", key: "a", file: "p/a.pdf")
    let b = Fixtures.paper(id: "b", key: "b", file: "p/b.pdf")
    let old = DiffSide(
      label: "old", papers: [SidePaper(a)],
      failures: [
        SideFailure(path: "p/b.pdf", paperID: "b", reason: "garbled: p/b.pdf"),
        SideFailure(path: "p/c.pdf", paperID: nil, reason: "not-pdf: p/c.pdf"),
      ])
    let new = DiffSide(
      label: "new", papers: [SidePaper(b)],
      failures: [
        SideFailure(path: "p/a.pdf", paperID: nil, reason: "damaged: p/a.pdf"),
        SideFailure(path: "p/c.pdf", paperID: nil, reason: "not-pdf: p/c.pdf"),
      ])
    let report = ExtractionDiff.compare(old: old, new: new)
    let status = Dictionary(uniqueKeysWithValues: report.details.map { ($0.file, $0.status) })
    #expect(status["p/a.pdf"] == .failing)
    #expect(status["p/b.pdf"] == .recovered)
    #expect(status["p/c.pdf"] == .stillFailing)
    #expect(report.papers.failing == 1)
    #expect(report.papers.recovered == 1)
    #expect(report.papers.stillFailing == 1)
    #expect(report.hasChanges)
  }

  @Test func stillFailingAloneIsNoChange() {
    let failure = SideFailure(path: "p/c.pdf", paperID: nil, reason: "not-pdf")
    let report = ExtractionDiff.compare(
      old: DiffSide(label: "o", papers: [], failures: [failure]),
      new: DiffSide(label: "n", papers: [], failures: [failure]))
    #expect(!report.hasChanges)
  }

  /// An export has findings only: entities are not compared (and said so), and a paper without
  /// findings, which an export cannot list, is not taken for removed.
  @Test func exportSideSkipsEntities() {
    let full = Fixtures.paper()
    var exported = full
    exported.entities = []
    exported.paper.pages = 0
    exported.paper.language = ""
    let quiet = Fixtures.paper(id: "q", key: "quiet", file: "p/quiet.pdf", findings: [])
    let report = ExtractionDiff.compare(
      old: DiffSide(label: "expected", extractions: [full, quiet]),
      new: DiffSide(label: "out.jsonl", papers: [SidePaper(exported)], complete: false))
    #expect(!report.hasChanges)
    #expect(report.notes.count == 1)
    #expect(report.notes[0].contains("out.jsonl"))
    #expect(report.details.allSatisfy { !$0.entitiesCompared })
  }

  /// The report is a pure function of its inputs, in a fixed order.
  @Test func reportIsDeterministic() {
    let old = [
      Fixtures.paper(id: "b", key: "b", file: "b.pdf"),
      Fixtures.paper(id: "a", key: "a", file: "a.pdf"),
    ]
    var changed = Fixtures.paper(id: "a", key: "a", file: "a.pdf")
    changed.findings[0].direction = "promotes"
    let first = ExtractionDiff.compare(old: old, new: [changed, old[0]])
    let second = ExtractionDiff.compare(old: old.reversed(), new: [old[0], changed])
    #expect(first.details.map(\.key) == ["a", "b"])
    #expect(first.details == second.details)
  }
}
