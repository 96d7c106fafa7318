import Foundation
import GleanEntities
import Testing

/// The SCAI corpus reader and span scoring, on a small corpus written here in its format.
@Suite("SCAI evaluation")
struct ScaiEvaluationTests {
  let xml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <corpus source="test">
      <document id="d0" origId="1">
        <sentence id="d0.s1" origId="1.s4" text="miR-22* and miR-30a were low.">
          <entity charOffset="0-5" id="e0" text="miR-22" type="Specific_miRNAs"/>
          <entity charOffset="12-18" id="e1" text="miR-30a" type="Specific_miRNAs"/>
        </sentence>
        <sentence id="d0.s0" origId="1.s0" text="anti-miR-21 blocks miR-21 and miR-1.">
          <entity charOffset="19-24" id="e2" text="miR-21" type="Specific_miRNAs"/>
          <entity charOffset="0-3" id="e3" text="anti" type="Relation_Trigger"/>
        </sentence>
      </document>
    </corpus>
    """

  @Test("sentences are ordered by origId and offsets become half-open")
  func parse() throws {
    let corpus = try ScaiCorpus.parse(Data(xml.utf8), file: "test.xml")
    let sentences = try #require(corpus.documents.first?.sentences)
    #expect(sentences.map(\.id) == ["1.s0", "1.s4"])
    #expect(sentences[1].entities.first?.range == 0..<6)
  }

  @Test("strict and overlapping scores")
  func scores() {
    var score = SpanScore()
    score.add(predicted: [0..<6, 10..<12, 20..<25], gold: [0..<6, 9..<12, 30..<31])
    #expect(score.strict.matchedPredicted == 1)
    #expect(score.strict.predicted == 3)
    #expect(score.strict.gold == 3)
    #expect(score.overlapping.matchedPredicted == 2)
    #expect(score.overlapping.matchedGold == 2)
    #expect(abs(score.strict.f1 - 1.0 / 3.0) < 1e-9)
  }

  @Test("the recogniser on the small corpus: the star is outside, the oligo is not a miRNA")
  func evaluate() throws {
    let recognizer = try #require(Shared.recognizer)
    let corpus = try ScaiCorpus.parse(Data(xml.utf8), file: "test.xml")
    let result = ScaiEvaluation.run(corpus, recognizer: recognizer)
    #expect(result.sentences == 2)
    #expect(result.score.strict.gold == 3)
    // miR-1 is not annotated in this small corpus: one false positive, everything else exact.
    #expect(result.score.strict.matchedGold == 3)
    #expect(result.score.strict.predicted == 4)
    #expect(result.disagreements.map(\.kind) == ["false-positive"])
    #expect(result.disagreements.first?.text == "miR-1")
  }

  @Test("a file that is not the corpus is refused with a reason")
  func refuses() {
    #expect(throws: RulesError.self) {
      try ScaiCorpus.parse(Data("<html><body/></html>".utf8), file: "page.html")
    }
    #expect(throws: RulesError.self) {
      try ScaiCorpus.parse(Data("not xml".utf8), file: "x.xml")
    }
  }
}
