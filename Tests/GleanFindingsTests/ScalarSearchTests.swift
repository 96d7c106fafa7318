import Testing

@testable import GleanFindings

@Suite("Scalar search and string building")
struct ScalarSearchTests {
  static let references = [
    "LIANG Y, XU X, LI X, et al. Chondrocyte-targeted microRNA delivery by engineered "
      + "exosomes[J]. ACS Appl Mater Interfaces, 2020, 12(33): 36938-36947.",
    "王某, 李某. 外泌体与肿瘤[J]. 中华肿瘤杂志, 2019, 41(2): 81-85.",
    "袁某等. 间充质干细胞来源外泌体［J］．中国肿瘤，2021，30（1）：1-8．",
    "Smith J. A book title[M/OL]. 2nd ed. Beijing: Press, 2018[2020-01-01].",
    "Lee K, Park S. Dataset of miR-21 targets[DB/OL]. 2017. https://example.org/data",
    "Zhang W. Thesis without stops[D]",
    "No marker at all. Journal, 2019.",
    "Brown T et al. Two markers [J/OL] and [J]. Nature 2020.",
    "Kim H, Lee J. MiR-155 and TGF-β signalling [J]. Oncol Rep, 2016, 35(1): 1-9.",
  ]

  @Test("Reference parts found over scalars equal those found by Foundation", arguments: references)
  func typedParts(_ text: String) {
    #expect(PlainScalars.isPlain(text.unicodeScalars))
    let scalar = ReferenceParser.typedParts(text)
    let foundation = ReferenceParser.typedPartsWithFoundation(text)
    #expect(scalar?.authors == foundation?.authors)
    #expect(scalar?.title == foundation?.title)
    #expect(scalar?.journal == foundation?.journal)
  }

  @Test(
    "DOI removal over scalars equals Foundation's",
    arguments: [
      (
        "Smith J. Title. Cancer Res. 2019. doi:10.1158/0008-5472.CAN-18-1234",
        "10.1158/0008-5472.CAN-18-1234"
      ),
      ("A. Title[J]. J, 2020. DOI: 10.1/x https://doi.org/10.1/x DOIdoi", "10.1/x"),
      ("王某. 标题[J]. 杂志, 2019. DOI：10.3969/j.issn.1000-8179", "10.3969/j.issn.1000-8179"),
    ])
  func removal(_ text: String, _ doi: String) {
    #expect(
      ReferenceParser.remove(doiText: doi, from: text)
        == ReferenceParser.removeWithFoundation(doi, from: text))
  }

  @Test("Text with combining marks or decomposable letters is not plain")
  func notPlain() {
    #expect(!PlainScalars.isPlain("Müller".unicodeScalars))
    #expect(!PlainScalars.isPlain("e\u{301}t al.".unicodeScalars))
    #expect(!PlainScalars.isPlain("a\u{200D}b".unicodeScalars))
    #expect(!PlainScalars.isPlain("soft\u{AD}hyphen".unicodeScalars))
    #expect(!PlainScalars.isPlain("line\r\nbreak".unicodeScalars))
    #expect(PlainScalars.isPlain("外泌体［J］．中国，2021 TGF-β".unicodeScalars))
  }

  @Test("A non-plain entry is still split (by Foundation)")
  func nonPlainEntry() {
    let entry = ReferenceParser.parse(
      number: 1,
      text: "[1] Müller K, Ångström L, et al. Exosomes in glioma[J]. Brain, 2018, 4: 1-2.")
    #expect(entry.authors == "Müller K, Ångström L, et al")
    #expect(entry.title == "Exosomes in glioma")
    #expect(entry.journal == "Brain")
    #expect(entry.year == 2018)
  }

  @Test(
    "Strings built from scalars equal those built by the standard library",
    arguments: ["", "abc", "é外泌体", "𠀀 emoji 🧬 mixed ¹²", "\t line\n"])
  func stringFromScalars(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    #expect(String(scalars: scalars) == text)
    #expect(Array(String(scalars: scalars).unicodeScalars) == scalars)
    #expect(
      String(scalars: scalars.dropFirst()) == String(String.UnicodeScalarView(scalars.dropFirst())))
  }

  @Test(
    "Trimming removes Unicode white space at both ends only",
    arguments: [
      ("  a b  ", "a b"), ("\u{3000}外泌体\u{A0}", "外泌体"), ("\n\t", ""), ("", ""), ("x", "x"),
      ("\u{2003}x\u{85}", "x"),
    ])
  func trimming(_ text: String, _ expected: String) {
    #expect(text.trimmingWhitespace() == expected)
    #expect(text[...].trimmingWhitespace() == expected)
  }

  @Test("Every ASCII scalar is white space exactly when its properties say so")
  func asciiSpace() {
    for value in UInt32(0)..<0x100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(scalar.isSpace == scalar.properties.isWhitespace)
    }
  }

  @Test("Bracket and clause tests agree with their sets")
  func scalarClasses() {
    var disagreeing: [Unicode.Scalar] = []
    for value in UInt32(0)..<0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let agree =
        ScalarText.isOpening(scalar) == ScalarText.opening.contains(scalar)
        && ScalarText.isClosing(scalar) == ScalarText.closing.contains(scalar)
        && ScalarText.isClauseEnd(scalar) == ScalarText.clauseEnds.contains(scalar)
        && CitationParser.isOpenBracket(scalar) == CitationParser.openBrackets.contains(scalar)
        && (CitationParser.superscripts[scalar] == nil || CitationParser.mayBeSuperscript(scalar))
      if !agree { disagreeing.append(scalar) }
    }
    #expect(disagreeing.isEmpty)
  }
}
