import GleanDiff
import GleanFindings
import Testing

@Suite struct FindingDiffTests {
  @Test func identicalExtractionsHaveNoChanges() {
    let report = Fixtures.compare(Fixtures.paper(), Fixtures.paper())
    #expect(!report.hasChanges)
    #expect(report.counts == ChangeCounts())
    #expect(report.details.map(\.status) == [.unchanged])
  }

  @Test func addedAndRemovedFindings() {
    let old = Fixtures.paper(findings: [Fixtures.finding144()])
    let new = Fixtures.paper(findings: [Fixtures.finding16()])
    let report = Fixtures.compare(old, new)
    #expect(report.hasChanges)
    let kinds = report.details[0].findings.map(\.kind)
    #expect(kinds == [.added, .removed])
    #expect(report.details[0].findings[0].new?.id == "f_16")
    #expect(report.details[0].findings[1].old?.id == "f_144")
  }

  /// Each field of a finding, changed alone under the same id, is reported by its JSON key.
  @Test(arguments: FindingEdit.allCases)
  func fieldChangeIsNamed(edit: FindingEdit) {
    var changed = Fixtures.finding144()
    edit.apply(&changed)
    let report = Fixtures.compare(
      Fixtures.paper(findings: [Fixtures.finding144()]), Fixtures.paper(findings: [changed]))
    let changes = report.details[0].findings
    #expect(changes.count == 1)
    #expect(changes.first?.kind == .changed)
    #expect(changes.first?.fields.map(\.field) == [edit.rawValue])
    #expect(report.hasChanges)
  }

  /// A new gene name gives the finding a new id; the claim is still the same one: changed, with
  /// the id and the genes old → new, not removed plus added.
  @Test func sameClaimWithNewIDIsChanged() {
    let old = Fixtures.paper(findings: [Fixtures.finding144(), Fixtures.finding16()])
    let new = Fixtures.paper(
      findings: [Fixtures.finding144(id: "f_144b", gene: "CCNE1B"), Fixtures.finding16()])
    let changes = Fixtures.compare(old, new).details[0].findings
    #expect(changes.map(\.kind) == [.changed])
    #expect(changes[0].fields.map(\.field) == ["id", "genes"])
    #expect(changes[0].fields[0].old == .string("f_144"))
    #expect(changes[0].fields[0].new == .string("f_144b"))
  }

  /// Two different claims read from the same sentence are not paired just for their sentence.
  @Test func differentClaimsOfOneSentenceStayApart() {
    var other = Fixtures.finding144(id: "f_other")
    other.mirnas = [MirnaRef(normalized: "hsa-miR-21", ids: ["MI0000077"], role: "cargo")]
    other.genes = [EntityRef(normalized: "PTEN", ids: ["HGNC:9588"])]
    other.cancers = []
    other.outcomes = []
    other.source = nil
    other.refs = [12]
    let report = Fixtures.compare(
      Fixtures.paper(findings: [Fixtures.finding144()]), Fixtures.paper(findings: [other]))
    #expect(report.details[0].findings.map(\.kind) == [.added, .removed])
  }

  /// Another page, offsets, box and line breaks: moved, counted apart, not a change.
  @Test func evidenceThatOnlyMovedIsNotAChange() {
    var moved = Fixtures.finding144()
    let rebroken = Fixtures.sentence144.replacingOccurrences(of: "CCNE2", with: "CC-\nNE2")
    moved.evidence = [
      Evidence(page: 5, text: rebroken, start: 7, end: 80, box: [72, 400, 520, 460])
    ]
    let report = Fixtures.compare(
      Fixtures.paper(findings: [Fixtures.finding144()]), Fixtures.paper(findings: [moved]))
    #expect(!report.hasChanges)
    #expect(report.details[0].status == .unchanged)
    #expect(report.details[0].findings.map(\.kind) == [.moved])
    #expect(report.counts.findingsMoved == 1)
    #expect(report.counts.changes == 0)
  }

  /// Text as the paper writes it, spaced differently by another layout (`胶质瘤相关 MSC-Exo`):
  /// a move.
  @Test func asWrittenTextSpacedDifferentlyIsAMove() {
    var spaced = Fixtures.finding144()
    spaced.source = SourceRef(text: "BMSC -Exo", normalized: "BMSC-Exo")
    spaced.authors = "LI ANG"
    let report = Fixtures.compare(
      Fixtures.paper(findings: [Fixtures.finding144()]), Fixtures.paper(findings: [spaced]))
    #expect(report.details[0].findings.map(\.kind) == [.moved])
    #expect(!report.hasChanges)
  }

  @Test func newEvidenceTextIsAChange() {
    var reworded = Fixtures.finding144()
    reworded.evidence = [Fixtures.evidence("BMSC-Exo通过miR-144下调CCNE1，抑制非小细胞肺癌[27]。")]
    let changes = Fixtures.compare(
      Fixtures.paper(findings: [Fixtures.finding144()]), Fixtures.paper(findings: [reworded])
    ).details[0].findings
    #expect(changes.map(\.kind) == [.changed])
    #expect(changes[0].fields.map(\.field) == ["evidence"])
  }

  @Test func changesAndMovesTogether() {
    var both = Fixtures.finding144()
    both.relation = "targets"
    both.evidence[0].page = 4
    let changes = Fixtures.compare(
      Fixtures.paper(findings: [Fixtures.finding144()]), Fixtures.paper(findings: [both])
    ).details[0].findings
    #expect(changes.map(\.kind) == [.changed])
    #expect(changes[0].evidenceMoved)
    #expect(changes[0].fields.map(\.field) == ["relation"])
  }
}

/// One field of a finding changed; the raw value is the field's JSON key.
enum FindingEdit: String, CaseIterable, Sendable {
  case refs, authors, source, mirnas, genes, relation, direction, outcomes, cancers
  case cellLines = "cell_lines"
  case hedged, negated, origin, rules, citations

  func apply(_ f: inout Finding) {
    switch self {
    case .refs: f.refs = [27, 28]
    case .authors: f.authors = "LI"
    case .source: f.source = SourceRef(text: "MSC-Exo", normalized: "MSC-Exo")
    case .mirnas: f.mirnas[0].role = "inhibitor"
    case .genes: f.genes.append(EntityRef(normalized: "CCNE2", ids: ["HGNC:1590"]))
    case .relation: f.relation = "targets"
    case .direction: f.direction = "promotes"
    case .outcomes: f.outcomes = ["migration"]
    case .cancers: f.cancers = []
    case .cellLines: f.cellLines = [EntityRef(normalized: "A-549", ids: ["CVCL_0023"])]
    case .hedged: f.hedged = true
    case .negated: f.negated = true
    case .origin: f.origin = ["table", "text"]
    case .rules: f.rules = ["relation:下调"]
    case .citations: f.citations = [CitedReference(number: 27, text: "LIANG Y, et al.")]
    }
  }
}
