/// Precision, recall and F1 of predicted spans against gold spans, strict (same span) and
/// overlapping (any shared scalar), counted per sentence.
public struct SpanScore: Sendable, Equatable {
  /// Counts under one matching criterion.
  public struct Counts: Sendable, Equatable {
    /// Predicted spans that match a gold span.
    public var matchedPredicted = 0
    /// Gold spans matched by a prediction.
    public var matchedGold = 0
    public var predicted = 0
    public var gold = 0

    public var precision: Double {
      predicted == 0 ? 0 : Double(matchedPredicted) / Double(predicted)
    }
    public var recall: Double { gold == 0 ? 0 : Double(matchedGold) / Double(gold) }
    public var f1: Double {
      let sum = precision + recall
      return sum == 0 ? 0 : 2 * precision * recall / sum
    }
  }

  public var strict = Counts()
  public var overlapping = Counts()

  public init() {}

  /// Adds one sentence: `predicted` and `gold` are half-open ranges; duplicates count once.
  public mutating func add(predicted: [Range<Int>], gold: [Range<Int>]) {
    let predictedSpans = Array(Set(predicted.map { SpanKey($0) })).map(\.range)
    let goldSpans = Array(Set(gold.map { SpanKey($0) })).map(\.range)
    let goldSet = Set(goldSpans.map { SpanKey($0) })
    let predictedSet = Set(predictedSpans.map { SpanKey($0) })
    strict.predicted += predictedSpans.count
    strict.gold += goldSpans.count
    strict.matchedPredicted += predictedSpans.filter { goldSet.contains(SpanKey($0)) }.count
    strict.matchedGold += goldSpans.filter { predictedSet.contains(SpanKey($0)) }.count
    overlapping.predicted += predictedSpans.count
    overlapping.gold += goldSpans.count
    overlapping.matchedPredicted +=
      predictedSpans.filter { span in goldSpans.contains { $0.overlaps(span) } }.count
    overlapping.matchedGold +=
      goldSpans.filter { span in predictedSpans.contains { $0.overlaps(span) } }.count
  }

  private struct SpanKey: Hashable {
    let lower: Int
    let upper: Int
    init(_ range: Range<Int>) {
      lower = range.lowerBound
      upper = range.upperBound
    }
    var range: Range<Int> { lower..<upper }
  }
}
