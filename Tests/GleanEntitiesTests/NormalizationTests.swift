import GleanEntities
import Testing

/// Text normalisation and its offset map back to the input.
@Suite("text normalisation")
struct NormalizationTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var input: String
    var normalized: String
    var testDescription: String { input.replacingOccurrences(of: "\n", with: "⏎") }
  }

  @Test(
    "NFKC, dashes, tildes, CJK spaces and line joins",
    arguments: [
      Case(input: "ｍｉＲ－２１（ＩＬ－６）", normalized: "miR-21(IL-6)"),
      Case(input: "miR‐21 miR–21 miR—21 miR−21", normalized: "miR-21 miR-21 miR-21 miR-21"),
      Case(input: "miR-17∼92 and miR-17〜92", normalized: "miR-17~92 and miR-17~92"),
      Case(input: "HIF-1α and NF-κB", normalized: "HIF-1α and NF-κB"),
      Case(input: "平 均 低 于", normalized: "平均低于"),
      Case(input: "微小 RNA", normalized: "微小 RNA"),
      Case(input: "糖\n尿病", normalized: "糖尿病"),
      Case(input: "PD-\nL1 and miR-143-\n3p", normalized: "PD-L1 and miR-143-3p"),
      Case(input: "RAP2B/\nPI3K", normalized: "RAP2B/PI3K"),
      Case(input: "mesenchymal stem\n\ncell-derived", normalized: "mesenchymal stem cell-derived"),
      Case(
        input: "但不同的是，MSC-Exo 较多地包含一些独特 miRNA，如\n\nmiR-21、miR-143-3p等，同时多种细胞质蛋白质",
        normalized: "但不同的是,MSC-Exo 较多地包含一些独特 miRNA,如miR-21、miR-143-3p等,同时多种细胞质蛋白质"),
      Case(input: "A\tB", normalized: "A\tB"),
      Case(input: "  leading and trailing  ", normalized: "leading and trailing"),
      Case(input: "soft\u{AD}hyphen", normalized: "softhyphen"),
    ])
  func normalises(_ testCase: Case) {
    #expect(TextNormalizer.normalize(testCase.input).string == testCase.normalized)
  }

  @Test("a short line, a caption or a numbered heading ends a block with a hard break")
  func hardBreaks() {
    let long = String(repeating: "长", count: 30)
    let text = "\(long)\n\(long)\n1 引言\n\(long)\n\(long)\n表1 结果\n\(long)"
    let normalized = TextNormalizer.normalize(text).string
    #expect(normalized.contains("引言\n"))
    #expect(normalized.contains("\n表1 结果\n"))
    #expect(!normalized.contains("长\n长"))
  }

  @Test("normalised ranges map back to the input's scalar offsets")
  func offsets() {
    let input = "𝔸 ｍｉＲ－２１\n\n与　PD-\nL1"
    let text = TextNormalizer.normalize(input)
    let string = text.string
    let mir = string.range(of: "miR-21").map {
      string.unicodeScalars.distance(from: string.unicodeScalars.startIndex, to: $0.lowerBound)
    }
    guard let start = mir else {
      Issue.record("miR-21 not in the normalised text")
      return
    }
    let range = text.inputRange(start..<(start + 6))
    let scalars = Array(input.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    #expect(String(view) == "ｍｉＲ－２１")
    let pd = string.unicodeScalars.count - 5
    let pdRange = text.inputRange(pd..<(pd + 5))
    var pdView = String.UnicodeScalarView()
    pdView.append(contentsOf: scalars[pdRange])
    #expect(String(pdView) == "PD-\nL1")
  }

  @Test("mention offsets count scalars of the input, past astral characters and joined lines")
  func mentionOffsets() throws {
    let recognizer = try #require(Shared.recognizer)
    let input = "😀😀 𝔸 MSC-Exo通过\n\nmiR-144降低细胞周期蛋白\n\nE1（cyclin E1, CCNE1）"
    let mentions = recognizer.recognize(input)
    #expect(mentions.count >= 5)
    #expect(offsetsHold(mentions, in: input))
    #expect(mentions.allSatisfy { $0.page == 0 })
    let mir = try #require(mentions.first { $0.type == .mirna })
    #expect(mir.start == 16 && mir.end == 23)
    #expect(mir.sentence.contains("MSC-Exo通过miR-144降低"))
  }
}
