import Foundation
import Testing

@testable import GleanLayout

@Suite("Accuracy against the corpus")
struct AccuracyTests {
  @Test(
    "each typeset paper reads back at 99.5% or better, in reading order",
    arguments: TestFiles.truthPapers())
  func paper(name: String) throws {
    let pdf = TestFiles.corpus("papers/\(name).pdf")
    let truth = try String(
      contentsOfFile: TestFiles.corpus("papers/\(name).truth.txt"), encoding: .utf8)
    // This paper's CJK fonts have no Unicode map; it decodes only with poppler-data installed.
    if name == "cx-exosome-tumour-marker", !TestFiles.hasPopplerData { return }
    let document = try TestFiles.extract(pdf)
    let report = TextAccuracy.compare(output: document.text, truth: truth)
    #expect(report.accuracy >= 0.995, "\(name): \(report.accuracy), \(report.edits) edits")
    #expect(report.chunksOutOfOrder == 0, "\(name): \(report.outOfOrderSamples)")
    #expect(report.chunksPlaced * 10 >= report.chunks * 8)
  }

  @Test("the edit distance agrees with the textbook dynamic programme")
  func editDistance() {
    var generator = SplitMix(seed: 7)
    let alphabet = Array("ab中文-1 ".unicodeScalars)
    for _ in 0..<300 {
      let a = (0..<Int(generator.next() % 30)).map { _ in
        alphabet[Int(generator.next() % UInt64(alphabet.count))]
      }
      let b = (0..<Int(generator.next() % 30)).map { _ in
        alphabet[Int(generator.next() % UInt64(alphabet.count))]
      }
      #expect(TextAccuracy.editDistance(a, b) == naive(a, b), "\(a) vs \(b)")
    }
  }

  @Test("whitespace is folded, and spacing next to CJK does not count")
  func folding() {
    let folded = TextAccuracy.fold("是由 MSC 分泌的\n\n一类  membrane  vesicles ，")
    #expect(String(String.UnicodeScalarView(folded)) == "是由MSC分泌的一类membrane vesicles，")
  }

  @Test("a column read out of order is caught")
  func orderErrors() {
    let truth = (1...40).map { "第\($0)句话在这里结束了并且足够长。" }.joined()
    var shuffled = (1...40).map { "第\($0)句话在这里结束了并且足够长。" }
    shuffled.swapAt(5, 30)
    let report = TextAccuracy.compare(output: shuffled.joined(), truth: truth)
    #expect(report.chunksOutOfOrder > 0)
    let clean = TextAccuracy.compare(output: truth, truth: truth)
    #expect(clean.chunksOutOfOrder == 0)
    #expect(clean.accuracy == 1)
  }

  private func naive(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let saved = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = saved
      }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}

/// A small deterministic random number generator for property tests.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
