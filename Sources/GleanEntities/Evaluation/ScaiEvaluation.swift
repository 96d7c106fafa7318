/// Runs the recogniser over the SCAI corpus and scores its miRNA mentions against the
/// `Specific_miRNAs` annotations.
///
/// SCAI's guidelines differ from Glean's mentions in one way the scoring bridges: a name that
/// carries an inhibitor or mimic trigger inside it (`anti-miR-21`, `antagomir-21`, rule
/// `mirna.oligo`) names an oligonucleotide, which SCAI does not annotate as a miRNA.
public struct ScaiEvaluation: Sendable {
  /// One disagreement with the annotation.
  public struct Disagreement: Sendable, Equatable {
    /// `false-positive` (predicted, no gold span overlaps), `false-negative` (gold, no prediction
    /// overlaps) or `boundary` (overlapping but not the same span; shown from the gold side
    /// with the predicted text).
    public var kind: String
    public var sentenceID: String
    /// The span text (gold text for false negatives and boundaries).
    public var text: String
    /// For boundaries: the overlapping predicted text.
    public var predicted: String
    public var sentence: String
  }

  /// The annotation type scored.
  public static let entityType = "Specific_miRNAs"

  public var score = SpanScore()
  public var disagreements: [Disagreement] = []
  /// Sentences and UTF-8 bytes recognised, and the seconds recognition took.
  public var sentences = 0
  public var bytes = 0
  public var seconds = 0.0

  /// The spans Glean's mentions claim as specific miRNA mentions, SCAI's way.
  public static func predictedSpans(_ mentions: [Mention]) -> [Range<Int>] {
    mentions.filter { $0.type == .mirna && $0.rule != "mirna.oligo" }.map { $0.start..<$0.end }
  }

  /// Recognises each sentence of `corpus` on its own and scores the result.
  public static func run(_ corpus: ScaiCorpus, recognizer: EntityRecognizer) -> ScaiEvaluation {
    var result = ScaiEvaluation()
    let clock = ContinuousClock()
    for document in corpus.documents {
      for sentence in document.sentences {
        let started = clock.now
        let mentions = recognizer.recognize(sentence.text)
        result.seconds += (clock.now - started).seconds
        result.sentences += 1
        result.bytes += sentence.text.utf8.count
        let predicted = predictedSpans(mentions)
        let gold = sentence.entities.filter { $0.type == entityType }.map(\.range)
        result.score.add(predicted: predicted, gold: gold)
        result.disagreements += disagreements(predicted: predicted, gold: gold, in: sentence)
      }
    }
    return result
  }

  private static func disagreements(
    predicted: [Range<Int>], gold: [Range<Int>], in sentence: ScaiCorpus.Sentence
  ) -> [Disagreement] {
    let scalars = Array(sentence.text.unicodeScalars)
    func text(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
      return String(view)
    }
    var result: [Disagreement] = []
    for span in Set(predicted.map { [$0.lowerBound, $0.upperBound] }).sorted(by: { $0[0] < $1[0] })
    {
      let range = span[0]..<span[1]
      if !gold.contains(where: { $0.overlaps(range) }) {
        result.append(
          Disagreement(
            kind: "false-positive", sentenceID: sentence.id, text: text(range), predicted: "",
            sentence: sentence.text))
      }
    }
    for range in gold {
      if predicted.contains(range) { continue }
      if let other = predicted.first(where: { $0.overlaps(range) }) {
        result.append(
          Disagreement(
            kind: "boundary", sentenceID: sentence.id, text: text(range), predicted: text(other),
            sentence: sentence.text))
      } else {
        result.append(
          Disagreement(
            kind: "false-negative", sentenceID: sentence.id, text: text(range), predicted: "",
            sentence: sentence.text))
      }
    }
    return result
  }
}

extension Duration {
  /// The duration in seconds.
  var seconds: Double {
    let parts = components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }
}
