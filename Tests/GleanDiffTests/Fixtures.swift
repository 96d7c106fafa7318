import GleanDiff
import GleanEntities
import GleanFindings

/// Small extractions built in code, in the shape `glean extract` prints, for the diff engine.
enum Fixtures {
  static let sentence144 =
    "LIANG等[27]的研究结果显示，BMSC-Exo通过miR-144降低CCNE1和CCNE2的表达，进而抑制非小细胞肺癌细胞的增殖。"
  static let sentence16 = "LEE等[38]发现，BMSC-Exo递送miR-16抑制乳腺癌细胞VEGF的表达，减少肿瘤血管生成。"

  static func evidence(_ text: String, page: Int = 2, start: Int = 100) -> Evidence {
    Evidence(
      page: page, text: text, start: start, end: start + text.unicodeScalars.count,
      box: [56.5, 100.25, 290, 130])
  }

  static func finding144(id: String = "f_144", gene: String = "CCNE1", page: Int = 2) -> Finding {
    Finding(
      id: id, refs: [27], authors: "LIANG",
      source: SourceRef(text: "BMSC-Exo", normalized: "BMSC-Exo"),
      mirnas: [MirnaRef(normalized: "hsa-miR-144", ids: ["MI0000460"], role: "cargo")],
      genes: [EntityRef(normalized: gene, ids: ["HGNC:1589"])], relation: "downregulates",
      direction: "inhibits", outcomes: ["proliferation"],
      cancers: [EntityRef(normalized: "lung non-small cell carcinoma", ids: ["DOID:3908"])],
      origin: ["text"], evidence: [evidence(sentence144, page: page)], rules: ["relation:降低"])
  }

  static func finding16(id: String = "f_16") -> Finding {
    Finding(
      id: id, refs: [38], authors: "LEE",
      source: SourceRef(text: "BMSC-Exo", normalized: "BMSC-Exo"),
      mirnas: [MirnaRef(normalized: "hsa-miR-16", ids: ["MI0000070"], role: "cargo")],
      genes: [EntityRef(normalized: "VEGFA", ids: ["HGNC:12680"])], relation: "downregulates",
      direction: "inhibits", outcomes: ["angiogenesis"],
      cancers: [EntityRef(normalized: "breast cancer", ids: ["DOID:1612"])], origin: ["text"],
      evidence: [evidence(sentence16, page: 3, start: 40)], rules: ["relation:抑制"])
  }

  /// A mention of `text` inside `sentence`, which starts at `sentenceStart` on `page`.
  static func mention(
    _ type: EntityType, _ text: String, _ normalized: String, ids: [String], in sentence: String,
    page: Int = 2, sentenceStart: Int = 100, rule: String = "dictionary"
  ) -> Mention {
    let offset =
      sentence.range(of: text).map { sentence[..<$0.lowerBound].unicodeScalars.count } ?? 0
    let start = sentenceStart + offset
    return Mention(
      type: type, text: text, normalized: normalized, ids: ids, page: page, start: start,
      end: start + text.unicodeScalars.count, sentence: sentence, rule: rule)
  }

  static func mentions(page: Int = 2, start: Int = 100) -> [Mention] {
    [
      mention(
        .mirna, "miR-144", "hsa-miR-144", ids: ["MI0000460"], in: sentence144, page: page,
        sentenceStart: start),
      mention(
        .gene, "CCNE1", "CCNE1", ids: ["HGNC:1589"], in: sentence144, page: page,
        sentenceStart: start),
      mention(
        .gene, "CCNE2", "CCNE2", ids: ["HGNC:1590"], in: sentence144, page: page,
        sentenceStart: start),
      mention(
        .mirna, "miR-16", "hsa-miR-16", ids: ["MI0000070"], in: sentence16, page: 3,
        sentenceStart: 40),
      mention(
        .gene, "VEGF", "VEGFA", ids: ["HGNC:12680"], in: sentence16, page: 3, sentenceStart: 40),
    ]
  }

  static func paper(
    id: String = "aaaa1111", key: String = "msc-exo review",
    file: String = "corpus/papers/seed.pdf",
    pages: Int = 3, findings: [Finding]? = nil, entities: [Mention]? = nil
  ) -> PaperExtraction {
    PaperExtraction(
      paper: PaperInfo(
        id: id, key: key, file: file, title: "间充质干细胞来源的外泌体", doi: nil, pages: pages,
        language: "zh"),
      quality: PaperQuality(textLayer: true, garbledPages: [], warnings: []),
      entities: entities ?? mentions(), findings: findings ?? [finding144(), finding16()])
  }

  static func compare(_ old: PaperExtraction, _ new: PaperExtraction) -> DiffReport {
    ExtractionDiff.compare(old: [old], new: [new])
  }
}
