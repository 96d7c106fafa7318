import GleanEntities
import Testing

/// Sentence and word segmentation of mixed Chinese and English text.
@Suite("segmentation")
struct SegmentationTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var input: String
    var sentences: [String]
    var testDescription: String { input }
  }

  @Test(
    "sentences",
    arguments: [
      Case(input: "肿瘤生长。肿瘤转移！是否侵袭？", sentences: ["肿瘤生长。", "肿瘤转移！", "是否侵袭？"]),
      Case(input: "既可促进；也可抑制。", sentences: ["既可促进；", "也可抑制。"]),
      Case(input: "Cells grew. Tumours shrank.", sentences: ["Cells grew.", "Tumours shrank."]),
      Case(
        input: "Smith et al. Showed it. Done.", sentences: ["Smith et al. Showed it.", "Done."]),
      Case(
        input: "Cytokines, e.g. IL-6, rose. Done.",
        sentences: ["Cytokines, e.g. IL-6, rose.", "Done."]),
      Case(
        input: "As in Fig. 1A, it rose. Done.", sentences: ["As in Fig. 1A, it rose.", "Done."]),
      Case(input: "It rose 2.5 fold. Done.", sentences: ["It rose 2.5 fold.", "Done."]),
      Case(input: "It was shown.[25] Then more.", sentences: ["It was shown.[25]", "Then more."]),
      Case(
        input: "It was shown. [29-30] Then more.",
        sentences: ["It was shown. [29-30]", "Then more."]),
      Case(input: "促进肿瘤生长。[12] 此外，抑制。", sentences: ["促进肿瘤生长。[12]", "此外，抑制。"]),
      Case(input: "见下文。QI等[25]研究发现，促进。", sentences: ["见下文。", "QI等[25]研究发现，促进。"]),
      Case(
        input: "2.1 对肿瘤生长的影响\nMSC-Exo 对肿瘤的生长有作用。",
        sentences: ["2.1 对肿瘤生长的影响", "MSC-Exo 对肿瘤的生长有作用。"]),
      Case(input: "MSC-Exo在成分上\n有其独特性。", sentences: ["MSC-Exo在成分上有其独特性。"]),
    ])
  func sentences(_ testCase: Case) throws {
    let rules = try #require(Shared.rules)
    let segmenter = SentenceSegmenter(rules: rules)
    let scalars = Array(testCase.input.unicodeScalars)
    let found = segmenter.sentences(in: testCase.input).map { range -> String in
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return String(view).replacingOccurrences(of: "\n", with: "")
    }
    #expect(found == testCase.sentences)
  }

  @Test("word segmentation keeps identifiers, domain words and lexicon names whole")
  func words() throws {
    let recognizer = try #require(Shared.recognizer)
    let text = "间充质干细胞分泌外泌体，通过miR-143-3p和HIF-1α调控ERK1/2信号通路与非小细胞肺癌"
    let scalars = Array(text.unicodeScalars)
    let words = recognizer.wordSegmenter.words(in: text).map { range -> String in
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return String(view)
    }
    #expect(words.joined() == text)
    for word in ["间充质干细胞", "外泌体", "miR-143-3p", "HIF-1α", "ERK1/2", "信号通路", "非小细胞肺癌", "，"] {
      #expect(words.contains(word), "\(word) in \(words)")
    }
  }

  @Test("without domain words, ICU cuts the same text apart")
  func icuAlone() throws {
    var rules = try #require(Shared.rules)
    rules.domainWords = []
    let plain = WordSegmenter(rules: rules)
    let text = "间充质干细胞"
    #expect(plain.words(in: text).count > 1)
  }
}
