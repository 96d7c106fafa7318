import Testing

@testable import GleanEntities

/// Spans across word boundaries, compared with a set of offsets.
@Test(
  arguments: [
    [0..<1, 63..<65, 1..<63],
    [10..<200, 5..<11, 199..<260, 260..<261],
    [64..<128, 0..<64, 128..<129, 127..<128],
    [3..<3, 70..<140, 0..<300],
  ] as [[Range<Int>]])
func scalarBitsMatchASetOfOffsets(_ spans: [Range<Int>]) {
  var bits = ScalarBits(count: 300)
  var offsets = Set<Int>()
  for span in spans {
    let expected = span.contains { offsets.contains($0) }
    #expect(bits.containsAny(span) == expected, "\(span)")
    if !expected {
      bits.insert(span)
      offsets.formUnion(span)
    }
    for probe in [0..<300, span, 62..<66, 127..<129, 299..<300] {
      #expect(bits.containsAny(probe) == probe.contains { offsets.contains($0) }, "\(probe)")
    }
  }
}

/// Overlap resolution keeps the higher priority, then the longer span, and both sides of a gap.
@Test func overlapsResolveByPriorityThenLength() {
  func candidate(_ range: Range<Int>, priority: Int, group: Int) -> Candidate {
    Candidate(
      type: .gene, range: range, normalized: "\(range)", ids: [], rule: "test",
      priority: priority, group: group)
  }
  let candidates = [
    candidate(0..<5, priority: 50, group: 0),
    candidate(3..<9, priority: 50, group: 1),
    candidate(9..<12, priority: 40, group: 2),
    candidate(60..<70, priority: 40, group: 3),
    candidate(64..<66, priority: 90, group: 4),
    candidate(70..<130, priority: 10, group: 5),
  ]
  let kept = Candidate.resolveOverlaps(candidates).map(\.range)
  #expect(kept == [3..<9, 9..<12, 64..<66, 70..<130])
}
