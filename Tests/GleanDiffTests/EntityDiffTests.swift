import GleanDiff
import GleanEntities
import GleanFindings
import Testing

@Suite struct EntityDiffTests {
  func entityChanges(_ old: [Mention], _ new: [Mention]) -> [EntityChange] {
    Fixtures.compare(Fixtures.paper(entities: old), Fixtures.paper(entities: new)).details[0]
      .entities
  }

  /// A dictionary update: the same mention, a new name and id. Re-normalised, not removed plus
  /// added.
  @Test func newNameAtTheSameSpanIsRenormalised() {
    var new = Fixtures.mentions()
    new[4].normalized = "VEGFB"
    new[4].ids = ["HGNC:12681"]
    let changes = entityChanges(Fixtures.mentions(), new)
    #expect(changes.map(\.kind) == [.renormalised])
    #expect(changes[0].fields.map(\.field) == ["normalized", "ids"])
    #expect(changes[0].old?.normalized == "VEGFA")
    #expect(changes[0].new?.normalized == "VEGFB")
  }

  @Test func newTypeAtTheSameSpanIsRenormalised() {
    var new = Fixtures.mentions()
    new[1].type = .family
    new[1].normalized = "Cyclin_E"
    new[1].ids = ["FPLX:Cyclin_E"]
    let changes = entityChanges(Fixtures.mentions(), new)
    #expect(changes.map(\.kind) == [.renormalised])
    #expect(changes[0].fields.map(\.field) == ["type", "normalized", "ids"])
  }

  /// The same words in the same sentence on another page at other offsets: moved.
  @Test func sameMentionElsewhereIsMoved() {
    let new = Fixtures.mentions(page: 5, start: 12)
    let changes = entityChanges(Fixtures.mentions(), new)
    #expect(changes.map(\.kind) == [.moved, .moved, .moved])
    let report = Fixtures.compare(
      Fixtures.paper(entities: Fixtures.mentions()), Fixtures.paper(entities: new))
    #expect(!report.hasChanges)
    #expect(report.counts.entitiesMoved == 3)
  }

  /// A moved mention that was also re-normalised is re-normalised.
  @Test func movedAndRenamedIsRenormalised() {
    var new = Fixtures.mentions(page: 5, start: 12)
    new[0].normalized = "hsa-miR-144-3p"
    new[0].ids = ["MIMAT0000436"]
    let changes = entityChanges(Fixtures.mentions(), new)
    #expect(changes.filter { $0.kind == .renormalised }.count == 1)
    #expect(changes.filter { $0.kind == .moved }.count == 2)
  }

  @Test func addedAndRemovedMentions() {
    var new = Fixtures.mentions()
    new.remove(at: 2)
    new.append(
      Fixtures.mention(
        .cancer, "乳腺癌", "breast cancer", ids: ["DOID:1612"], in: Fixtures.sentence16, page: 3,
        sentenceStart: 40))
    let changes = entityChanges(Fixtures.mentions(), new)
    #expect(changes.map(\.kind) == [.added, .removed])
    #expect(changes[0].new?.text == "乳腺癌")
    #expect(changes[1].old?.text == "CCNE2")
  }

  @Test(arguments: ["flags", "rule", "role"])
  func otherFieldsAreChanges(field: String) {
    var new = Fixtures.mentions()
    switch field {
    case "flags": new[0].flags = ["ambiguous"]
    case "rule": new[0].rule = "gene.symbol"
    default: new[0].role = "inhibitor"
    }
    let changes = entityChanges(Fixtures.mentions(), new)
    #expect(changes.map(\.kind) == [.changed])
    #expect(changes[0].fields.map(\.field) == [field])
  }

  /// A sentence cut at another place (the layout joined a heading to it) is a move.
  @Test func newSentenceBoundaryIsMoved() {
    var new = Fixtures.mentions()
    new[0].sentence = "1.1 MSC-Exo的成分 " + new[0].sentence
    let changes = entityChanges(Fixtures.mentions(), new)
    #expect(changes.map(\.kind) == [.moved])
  }

  /// A span that grew (`VEGF` to `VEGF-A`) is the same mention, changed.
  @Test func grownSpanIsTheSameMention() {
    var new = Fixtures.mentions()
    new[4].text = "VEGF-A"
    new[4].end += 2
    let changes = entityChanges(Fixtures.mentions(), new)
    #expect(changes.map(\.kind) == [.changed])
    #expect(changes[0].fields.map(\.field) == ["text"])
  }

  /// Overlapping spans of different words (offsets shifted by another layout) are not paired.
  @Test func overlapOfOtherWordsIsNotAPair() {
    let sentence = "MSC-Exo含有独特miRNA，如miR-21、miR-143-3p等。"
    let old = [
      Mention(
        type: .mirna, text: "miR-21", normalized: "hsa-miR-21", ids: ["MI0000077"], page: 1,
        start: 20, end: 26, sentence: sentence, rule: "mirna.name")
    ]
    let new = [
      Mention(
        type: .mirna, text: "miR-143-3p", normalized: "hsa-miR-143-3p", ids: ["MIMAT0000435"],
        page: 1, start: 22, end: 32, sentence: "other", rule: "mirna.name")
    ]
    #expect(entityChanges(old, new).map(\.kind) == [.added, .removed])
  }

  /// One written form re-normalised on every page it occurs is one group for the reviewer.
  @Test func renormalisationsOfOneFormAreOneGroup() {
    let sentence = "VEGF促进血管生成；抑制VEGF可减少肿瘤生长，VEGF是靶点。"
    func vegf(_ nth: Int, _ name: String, _ id: String) -> Mention {
      let starts = [0, 13, 24]
      return Mention(
        type: .gene, text: "VEGF", normalized: name, ids: [id], page: 1, start: 50 + starts[nth],
        end: 54 + starts[nth], sentence: sentence, rule: "dictionary")
    }
    let old = (0..<3).map { vegf($0, "VEGFA", "HGNC:12680") }
    let new = (0..<3).map { vegf($0, "VEGFB", "HGNC:12681") }
    let changes = entityChanges(old, new)
    #expect(changes.count == 3)
    let groups = EntityGroup.groups(changes)
    #expect(groups.count == 1)
    #expect(groups[0].indices == [0, 1, 2])
    #expect(groups[0].pages == [1])
  }
}
