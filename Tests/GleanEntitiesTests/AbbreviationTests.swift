import GleanEntities
import Testing

/// Paper-local abbreviations: definitions and glossary footnotes teach the rest of the paper.
@Suite("paper-local abbreviations")
struct AbbreviationTests {
  @Test("a definition teaches an abbreviation the lexicon lacks")
  func definitionTeaches() throws {
    let recognizer = try #require(Shared.recognizer)
    // `MXCC` is in no dictionary: it stands for the cancer named before it, in this paper only.
    let text = "髓样小细胞癌不在词典中。非小细胞肺癌（non-small cell lung cancer, MXCC）细胞增殖。后来MXCC细胞死亡。"
    let mentions = recognizer.recognize(text).filter { $0.text == "MXCC" }
    #expect(mentions.count == 2)
    #expect(
      mentions.allSatisfy { $0.type == .cancer && $0.normalized == "lung non-small cell carcinoma" }
    )
    #expect(mentions.allSatisfy { $0.rule == "abbreviation.definition" })
    #expect(mentions.allSatisfy { $0.flags.contains("paper-abbreviation") })
    #expect(recognizer.recognize("后来MXCC细胞死亡。").filter { $0.text == "MXCC" }.isEmpty)
  }

  @Test("an abbreviation whose long form names no entity is not taken as a gene")
  func definitionRefuses() throws {
    let recognizer = try #require(Shared.recognizer)
    // HGNC lists TNS as an alias (of TNS1); the paper defines it as something else.
    let plain = recognizer.recognize("TNS was higher.").filter { $0.text == "TNS" }
    #expect(!plain.isEmpty)
    let defined = recognizer.recognize(
      "总营养评分（total nutrition score, TNS）较高。TNS was higher.")
    #expect(defined.filter { $0.text == "TNS" }.isEmpty)
  }

  @Test("a glossary footnote teaches a Chinese name its abbreviation's gene")
  func glossaryTeachesName() throws {
    let recognizer = try #require(Shared.recognizer)
    // 磷酸酶张力蛋白同源物 is not in the curated table; PTEN is an HGNC symbol.
    let text = "磷酸酶张力蛋白同源物表达降低。\nPTEN：磷酸酶张力蛋白同源物；MMP：基质金属蛋白酶"
    let taught = recognizer.recognize(text).filter { $0.text == "磷酸酶张力蛋白同源物" }
    #expect(taught.count == 2)
    #expect(taught.allSatisfy { $0.normalized == "PTEN" && $0.ids == ["HGNC:9588"] })
    #expect(taught.allSatisfy { $0.rule == "abbreviation.glossary" })
  }

  @Test("a glossary footnote teaches an abbreviation its Chinese name's entity")
  func glossaryTeachesAbbreviation() throws {
    let recognizer = try #require(Shared.recognizer)
    let text = "QXCR下调。\nQXCR：核受体辅助抑制因子1"
    let taught = recognizer.recognize(text).filter { $0.text == "QXCR" }
    #expect(taught.count == 2)
    #expect(taught.allSatisfy { $0.normalized == "NCOR1" && $0.type == .gene })
  }
}
