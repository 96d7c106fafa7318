import GleanDiff
import GleanEntities
import GleanFindings
import Testing

@Suite struct ReviewTests {
  /// Old: 144, 16 and a 21 finding; new: 144 changed, 16 removed, 200a added, 21 the same; a
  /// mention re-normalised.
  static func sides() -> (PaperExtraction, PaperExtraction) {
    var f21 = Fixtures.finding16(id: "f_21")
    f21.mirnas = [MirnaRef(normalized: "hsa-miR-21", ids: ["MI0000077"], role: "cargo")]
    f21.refs = [7]
    var f200 = Fixtures.finding16(id: "f_200a")
    f200.mirnas = [MirnaRef(normalized: "hsa-miR-200a", ids: ["MI0000737"], role: "cargo")]
    f200.refs = [40]
    f200.evidence = [Fixtures.evidence("miR-200a抑制结直肠癌转移[40]。", page: 3, start: 300)]
    f200.genes = []
    f200.cancers = []
    var changed144 = Fixtures.finding144()
    changed144.relation = "targets"
    let old = Fixtures.paper(findings: [Fixtures.finding144(), Fixtures.finding16(), f21])
    var entities = Fixtures.mentions()
    entities[4].normalized = "VEGFB"
    entities[4].ids = ["HGNC:12681"]
    let new = Fixtures.paper(findings: [changed144, f21, f200], entities: entities)
    return (old, new)
  }

  static func review(_ answers: [String], acceptAll: Bool = false) -> (
    ReviewSession, ReviewResult, String
  ) {
    let (old, new) = sides()
    let report = Fixtures.compare(old, new)
    let session = ReviewSession(
      report: report, mentions: PaperMentions(), expectedFiles: [0: "expected/seed.json"],
      style: .plain, showMoved: false)
    var queue = answers
    var shown = ""
    let result = session.run(
      acceptAll: acceptAll, read: { queue.isEmpty ? nil : queue.removeFirst() },
      write: { shown += $0 })
    return (session, result, shown)
  }

  static func outcome(_ session: ReviewSession, _ result: ReviewResult) -> ExpectedOutcome? {
    let (old, new) = sides()
    return session.outcomes(
      result, old: DiffSide(label: "o", extractions: [old]),
      new: DiffSide(label: "n", extractions: [new])
    ).first?.outcome
  }

  @Test func itemsOneChangeEach() {
    let (session, _, _) = Self.review([])
    #expect(
      session.items.map(\.kind) == [.findingChanged, .findingAdded, .findingRemoved, .entities])
  }

  @Test func acceptingEverythingGivesTheNewDocument() {
    let (session, result, _) = Self.review([], acceptAll: true)
    #expect(result.accepted == 4)
    #expect(result.complete)
    #expect(Self.outcome(session, result) == .write(Self.sides().1))
  }

  @Test func rejectingEverythingKeepsTheFile() {
    let (session, result, shown) = Self.review(["r", "r", "n", "reject"])
    #expect(result.rejected == 4)
    #expect(!result.complete)
    #expect(
      session.outcomes(
        result, old: DiffSide(label: "o", extractions: [Self.sides().0]),
        new: DiffSide(label: "n", extractions: [Self.sides().1])
      ).isEmpty)
    #expect(shown.components(separatedBy: ReviewSession.prompt).count == 5)
  }

  /// Accept the changed finding, reject the added one, accept the removal, skip the entity:
  /// the written document has the new 144, keeps 21, lacks 16 and 200a, and keeps VEGFA.
  @Test func mixedAnswers() {
    let (session, result, shown) = Self.review(["a", "r", "a", "s"])
    #expect(result.accepted == 2)
    #expect(result.rejected == 1)
    #expect(result.skipped == 1)
    guard case .write(let written)? = Self.outcome(session, result) else {
      Issue.record("expected a write")
      return
    }
    #expect(written.findings.map(\.id) == ["f_144", "f_21"])
    #expect(written.findings[0].relation == "targets")
    #expect(written.entities[4].normalized == "VEGFA")
    #expect(shown.contains("relation: downregulates → targets"))
    #expect(shown.contains("[1/4] seed: finding changed"))
  }

  /// A rejected removal keeps the old finding where it was.
  @Test func rejectedRemovalKeepsItsPlace() {
    let (session, result, _) = Self.review(["a", "a", "r", "a"])
    guard case .write(let written)? = Self.outcome(session, result) else {
      Issue.record("expected a write")
      return
    }
    #expect(written.findings.map(\.id) == ["f_144", "f_16", "f_21", "f_200a"])
    #expect(written.entities[4].normalized == "VEGFB")
  }

  @Test func badAnswerAsksAgainAndEndOfInputQuits() {
    let (_, result, shown) = Self.review(["maybe", "a"])
    #expect(shown.contains("a = accept"))
    #expect(result.accepted == 1)
    #expect(result.quit)
    #expect(result.left == 3)
    #expect(shown.contains("end of input"))
  }

  @Test func quitLeavesTheRest() {
    let (_, result, _) = Self.review(["a", "q", "a"])
    #expect(result.accepted == 1)
    #expect(result.quit)
    #expect(result.left == 3)
  }

  /// A new paper: declining it leaves its findings unasked; accepting it writes only the
  /// findings then accepted.
  @Test func newPaper() {
    let paper = Fixtures.paper()
    let report = ExtractionDiff.compare(old: [], new: [paper])
    let session = ReviewSession(
      report: report, mentions: PaperMentions(), expectedFiles: [0: "e/seed.json"], style: .plain,
      showMoved: false)
    #expect(session.items.first?.kind == .paperAdded)
    var answers = ["r"]
    let declined = session.run(
      acceptAll: false, read: { answers.isEmpty ? nil : answers.removeFirst() }, write: { _ in })
    #expect(declined.left == session.items.count - 1)
    #expect(declined.rejected == 1)

    answers = ["a", "a", "r"] + Array(repeating: "a", count: session.items.count - 3)
    let accepted = session.run(
      acceptAll: false, read: { answers.isEmpty ? nil : answers.removeFirst() }, write: { _ in })
    let outcome = session.outcomes(
      accepted, old: DiffSide(label: "o", papers: []),
      new: DiffSide(label: "n", extractions: [paper])
    ).first?.outcome
    guard case .write(let written)? = outcome else {
      Issue.record("expected a write")
      return
    }
    #expect(written.findings.map(\.id) == ["f_144"])
    #expect(written.entities == paper.entities)
    #expect(written.paper == paper.paper)
  }

  @Test func removedPaperIsRemovedWhenAccepted() {
    let report = ExtractionDiff.compare(old: [Fixtures.paper()], new: [])
    let session = ReviewSession(
      report: report, mentions: PaperMentions(), expectedFiles: [0: "e/seed.json"], style: .plain,
      showMoved: false)
    let result = session.run(acceptAll: true, read: { nil }, write: { _ in })
    let outcome = session.outcomes(
      result, old: DiffSide(label: "o", extractions: [Fixtures.paper()]),
      new: DiffSide(label: "n", papers: [])
    ).first?.outcome
    #expect(outcome == .remove)
  }

  /// Moves are one item per paper; accepting updates positions and the file's id and pages.
  @Test func movesAreOneItem() {
    let old = Fixtures.paper(id: "old", pages: 3)
    let new = Fixtures.paper(
      id: "new", pages: 6, findings: [Fixtures.finding144(page: 5), Fixtures.finding16()],
      entities: Fixtures.mentions(page: 5, start: 9))
    let report = Fixtures.compare(old, new)
    let session = ReviewSession(
      report: report, mentions: PaperMentions(), expectedFiles: [0: "e/seed.json"], style: .plain,
      showMoved: false)
    #expect(session.items.map(\.kind) == [.moves])
    var shown = ""
    let result = session.run(acceptAll: false, read: { "a" }, write: { shown += $0 })
    #expect(shown.contains("moved only: 1 findings, 3 entities"))
    let outcome = session.outcomes(
      result, old: DiffSide(label: "o", extractions: [old]),
      new: DiffSide(label: "n", extractions: [new])
    ).first?.outcome
    #expect(outcome == .write(new))
  }

  @Test func failingPaperCannotBeAccepted() {
    let report = ExtractionDiff.compare(
      old: DiffSide(label: "o", extractions: [Fixtures.paper()]),
      new: DiffSide(
        label: "n", papers: [],
        failures: [SideFailure(path: "corpus/papers/seed.pdf", paperID: nil, reason: "damaged")]))
    let session = ReviewSession(
      report: report, mentions: PaperMentions(), expectedFiles: [:], style: .plain, showMoved: false
    )
    var shown = ""
    let result = session.run(acceptAll: true, read: { nil }, write: { shown += $0 })
    #expect(result.accepted == 0)
    #expect(result.left == 1)
    #expect(!result.complete)
    #expect(shown.contains("cannot be accepted"))
  }
}
