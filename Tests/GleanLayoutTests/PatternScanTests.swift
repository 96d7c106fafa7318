import Foundation
import Testing

@testable import GleanLayout

/// The hand-written matchers must answer as the regular expressions they stand in for, or leave
/// the text to them.
@Suite("Pattern matchers agree with their patterns")
struct PatternScanTests {
  static let texts: [String] = [
    "1 引言", "1.1 研究背景", "2.3.1 方法", "1.2.3.4.5 X", "12.345 Foo", "2014年", "2014 年",
    "3 patients", "1. Introduction", "1.Introduction", "10 References", "31 Foo", "1．材料",
    "1、概述", "1 A", "1 a", "1\t引言", "1\u{00A0}引言", "1\u{0085}引言", "1 2", "5μg", "1.1.",
    "1 引言\n", "一、引言", "（二）方法", "(三) 结果", "一二三四、X", "十、", "一、", "（十一）",
    "表1 miRNA", "表 1　结果", "续表2", "续 表 3 x", "Table 1.", "TABLE IV: x", "Tab. 3",
    "Table 1234", "Table IIIIII", "Table IIIII", "Table 2a", "表1中", "表1，", "表1あ", "表1ｘ",
    "表1𠀀", "Table", "表", "[1] Smith J", "［12］ 王", "【3】张", "[ 4 ] Li", "12. Smith",
    "12.Smith", "(4) Lee", "（5）李", "7 Wang", "7 王", "7 wang", "123 abc", "1234. X",
    "[12345] x", "12345 X", "  8. Z", "摘要：本文", "[摘要] 目的", "【关键词】 外泌体",
    "关 键 词：miRNA", "关键字 x", "关于本文", "摘自", "Abstract: We", "ABSTRACT", "Abstract",
    "Abstract ", "Key words: a", "Keywords miRNA", "Summary. x", "Abſtract: x", "KEYWORDS:x",
    "Abstracts are", "Key\u{000B}words x", "摘要", "Summaries", "Kelvin", "· 3 ·", "12",
    "Page 3 of 9",
    "第3页", "iv", "- 12 -", "1 2", "\u{2003}5", "12345", "p. 7", "3/9", "Journal of X", "中国肿瘤",
    "١٢", "",
  ]

  static func groups(_ pattern: NSRegularExpression?, _ text: String) -> [String?]? {
    guard let pattern,
      let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    else { return nil }
    return (0..<match.numberOfRanges).map { index in
      Range(match.range(at: index), in: text).map { String(text[$0]) }
    }
  }

  @Test("numbered headings", arguments: texts)
  func numbered(text: String) {
    guard
      case .success(let found) = Result(catching: {
        try PatternScan.numberedHeading(Array(text.unicodeScalars))
      })
    else { return }
    let expected = Self.groups(HeadingRules.numberedPattern, text)
    #expect(found?.number == expected?[1])
    #expect(found?.rest == expected?[2])
  }

  @Test("Chinese numbered headings", arguments: texts)
  func chinese(text: String) {
    guard
      case .success(let found) = Result(catching: {
        try PatternScan.chineseHeadingLevel(Array(text.unicodeScalars))
      })
    else { return }
    let expected = Self.groups(HeadingRules.chinesePattern, text).map { $0[1] != nil ? 1 : 2 }
    #expect(found == expected)
  }

  @Test("table captions", arguments: texts)
  func tableCaption(text: String) {
    guard let found = try? PatternScan.isTableCaption(Array(text.unicodeScalars)) else { return }
    #expect(found == (Self.groups(HeadingRules.tableCaptionPattern, text) != nil))
  }

  @Test("reference markers", arguments: texts)
  func marker(text: String) {
    guard
      case .success(let found) = Result(catching: {
        try PatternScan.referenceMarker(Array(text.unicodeScalars))
      })
    else { return }
    let expected = Self.groups(ReferenceSplitter.markerPattern, text).flatMap { groups in
      groups.dropFirst().compactMap { $0 }.first.flatMap { Int($0) }
    }
    #expect(found == expected)
  }

  @Test("paragraph labels", arguments: texts)
  func label(text: String) {
    let expected = Self.groups(HeadingRules.labelPattern, text).flatMap { $0[1] }
    switch LabelScanner.label(text) {
    case .undecided: return
    case .none: #expect(expected == nil)
    case .some(let label): #expect(label == expected)
    }
  }

  @Test("page numbers", arguments: texts)
  func pageNumber(text: String) {
    guard let settled = RunningMatter.settlesPageNumber(text) else { return }
    #expect(settled == (Self.groups(RunningMatter.pageNumberPattern, text) != nil))
  }

  @Test("texts the matchers leave to the patterns")
  func undecided() {
    let undecided = Result {
      try PatternScan.numberedHeading(Array("1\u{0085}引言".unicodeScalars))
    }
    #expect((try? undecided.get()) == nil)
    #expect(LabelScanner.label("Abſtract: x") == .undecided)
    #expect(RunningMatter.settlesPageNumber("Page 3 of 9") == nil)
  }

  @Test(
    "affiliations",
    arguments: [
      ("复旦大学附属肿瘤医院", true), ("Department of Oncology", true), ("Centre for X", true),
      ("外泌体与肿瘤", false), ("department of x", false),
    ])
  func affiliation(text: String, expected: Bool) {
    #expect(DocumentRoles.isAffiliation(text) == expected)
  }
}
