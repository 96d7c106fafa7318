import Testing

@testable import GleanFindings

@Suite("Merging table rows with prose, and stable ids")
struct MergeAndIdentityTests {
  func row() -> Finding {
    Finding(
      refs: [27], authors: "LIANG", source: SourceRef(text: "BMSC-Exo", normalized: "BMSC-Exo"),
      mirnas: [MirnaRef(normalized: "hsa-miR-144", ids: ["MIMAT0000436"], role: "cargo")],
      genes: [
        EntityRef(normalized: "CCNE1", ids: ["HGNC:1589"]),
        EntityRef(normalized: "CCNE2", ids: ["HGNC:1590"]),
      ],
      relation: "downregulates", direction: "inhibits", outcomes: ["proliferation"],
      cancers: [EntityRef(normalized: "lung non-small cell carcinoma", ids: ["DOID:3908"])],
      origin: ["table"],
      evidence: [
        Evidence(
          page: 3, text: "LIANG等[27]\tBMSC-Exo\tmiR-144下调CCNE1和CCNE2\t抑制NSCLC细胞增殖", start: 600,
          end: 650, box: [51, 300, 500, 320])
      ],
      rules: ["table-row"])
  }

  func prose() -> Finding {
    var finding = row()
    finding.origin = ["text"]
    finding.outcomes = ["proliferation", "colony formation"]
    finding.evidence = [
      Evidence(page: 1, text: "LIANG等[27]的研究结果显示，…", start: 2991, end: 3152, box: nil)
    ]
    finding.rules = ["sentence"]
    return finding
  }

  @Test("the same claim from a table row and the prose is one record with both anchors")
  func merged() {
    let merged = FindingMerger.merge(
      table: [FindingDraft(finding: row(), offset: 600)],
      text: [FindingDraft(finding: prose(), offset: 2991)])
    #expect(merged.count == 1)
    let finding = merged[0].finding
    #expect(finding.origin == ["table", "text"])
    #expect(finding.evidence.map(\.page) == [3, 1])
    #expect(finding.outcomes == ["proliferation", "colony formation"])
    #expect(finding.rules.contains("merge:table+text"))
  }

  @Test(
    "different references, agents or directions are not merged",
    arguments: [
      { (f: inout Finding) in f.refs = [27, 28] },
      { (f: inout Finding) in
        f.mirnas = [MirnaRef(normalized: "hsa-miR-21", ids: [], role: "cargo")]
      },
      { (f: inout Finding) in f.direction = "promotes" },
      { (f: inout Finding) in f.negated = true },
      { (f: inout Finding) in
        f.source = SourceRef(text: "肿瘤来源的Exo", normalized: "tumour-derived Exo")
      },
    ] as [@Sendable (inout Finding) -> Void])
  func notMerged(change: @Sendable (inout Finding) -> Void) {
    var other = prose()
    change(&other)
    let merged = FindingMerger.merge(
      table: [FindingDraft(finding: row(), offset: 600)],
      text: [FindingDraft(finding: other, offset: 2991)])
    #expect(merged.count == 2)
  }

  @Test("prose joins the first matching row in table order, past rows citing other references")
  func firstMatchingRow() {
    var other = row()
    other.refs = [28]
    var second = row()
    second.evidence[0].start = 700
    var wrongMirna = row()
    wrongMirna.mirnas = [MirnaRef(normalized: "hsa-miR-21", ids: [], role: "cargo")]
    let merged = FindingMerger.merge(
      table: [
        FindingDraft(finding: other, offset: 500),
        FindingDraft(finding: wrongMirna, offset: 550),
        FindingDraft(finding: row(), offset: 600),
        FindingDraft(finding: second, offset: 700),
      ],
      text: [FindingDraft(finding: prose(), offset: 2991)])
    #expect(merged.map(\.offset) == [500, 550, 600, 700])
    #expect(
      merged.map { $0.finding.origin } == [["table"], ["table"], ["table", "text"], ["table"]])
  }

  @Test("prose without references stays apart even from a row without references")
  func noReferences() {
    var bare = row()
    bare.refs = []
    var text = prose()
    text.refs = []
    let merged = FindingMerger.merge(
      table: [FindingDraft(finding: bare, offset: 600)],
      text: [FindingDraft(finding: text, offset: 2991)])
    #expect(merged.count == 2)
  }

  @Test("a general source in the prose merges with the specific one of the row")
  func sources() {
    #expect(FindingMerger.compatibleSources("BMSC-Exo", "MSC-Exo"))
    #expect(FindingMerger.compatibleSources("hUC-MSC-Exo", "MSC-Exo"))
    #expect(!FindingMerger.compatibleSources("tumour-derived Exo", "MSC-Exo"))
    var general = prose()
    general.source = SourceRef(text: "MSC-Exo", normalized: "MSC-Exo")
    let merged = FindingMerger.combine(row(), general)
    #expect(merged.source?.normalized == "BMSC-Exo")
  }

  @Test("the id ignores evidence, offsets, pages, whitespace, list order and outcomes")
  func stableID() {
    let id = FindingIdentity.id(of: row(), paperKey: "间充质干细胞来源的外泌体对肿瘤的作用及其机制研究进展")
    #expect(id.hasPrefix("f_"))
    #expect(id.count == 18)
    var moved = row()
    moved.evidence = [Evidence(page: 5, text: "other", start: 10, end: 20, box: nil)]
    moved.genes.reverse()
    moved.outcomes = []
    moved.cellLines = [EntityRef(normalized: "A549", ids: [])]
    moved.source = SourceRef(text: "BMSC-Exo ", normalized: "BMSC-Exo")
    #expect(FindingIdentity.id(of: moved, paperKey: "间充质干细胞来源的外泌体对肿瘤的作用及其机制研究进展") == id)
  }

  @Test(
    "the id changes with the content",
    arguments: [
      { (f: inout Finding) in f.refs = [28] },
      { (f: inout Finding) in f.relation = "upregulates" },
      { (f: inout Finding) in f.direction = "promotes" },
      { (f: inout Finding) in f.genes.removeLast() },
      { (f: inout Finding) in f.cancers = [] },
      { (f: inout Finding) in f.negated = true },
      { (f: inout Finding) in f.mirnas = [] },
      { (f: inout Finding) in f.source = nil },
    ] as [@Sendable (inout Finding) -> Void])
  func idChanges(change: @Sendable (inout Finding) -> Void) {
    var changed = row()
    change(&changed)
    #expect(
      FindingIdentity.id(of: changed, paperKey: "k") != FindingIdentity.id(of: row(), paperKey: "k")
    )
  }

  @Test("the id depends on the paper's key")
  func paperKey() {
    #expect(
      FindingIdentity.id(of: row(), paperKey: "a") != FindingIdentity.id(of: row(), paperKey: "b"))
  }

  @Test("paper keys: DOI first, else the title folded, else the file name")
  func keys() {
    #expect(PaperIdentity.key(doi: "10.1234/ABC", title: "T", file: "x.pdf") == "10.1234/abc")
    #expect(
      PaperIdentity.key(doi: nil, title: "  MSC-Exo 与\n肿瘤  Ｒｅｖｉｅｗ ", file: "x.pdf")
        == "msc-exo 与肿瘤 review")
    #expect(PaperIdentity.key(doi: nil, title: nil, file: "/a/b/paper.pdf") == "paper.pdf")
  }

  @Test("findings with the same id are one")
  func dedupe() {
    var a = prose()
    a.id = "f_1"
    var b = prose()
    b.id = "f_1"
    b.evidence = [Evidence(page: 2, text: "again", start: 5, end: 9, box: nil)]
    let result = FindingMerger.dedupe([
      FindingDraft(finding: a, offset: 1), FindingDraft(finding: b, offset: 2),
    ])
    #expect(result.count == 1)
    #expect(result[0].finding.evidence.count == 2)
  }
}
