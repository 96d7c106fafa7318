import Foundation
import GleanFindings
import GleanStore

/// Records and temporary stores for the store tests.
enum StoreFixtures {
  static func temporaryStorePath() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("glean.sqlite").path
  }

  static func newRun(key: String = "key-1", inputs: Int = 1) -> NewRun {
    NewRun(
      toolVersion: "0.0-test", configHash: "config-\(key)", analysisKey: key,
      configYAML: "version: 1\n", dictionaryVersions: "{\"mirbase\":\"22\"}",
      command: "glean ingest test", workers: 2, inputs: inputs)
  }

  /// A paper with two entities and one finding whose evidence holds them.
  static func record(id: String, title: String = "间充质干细胞外泌体与肿瘤", findings: Int = 1)
    -> PaperRecord
  {
    let sentence = "BMSC-Exo 中的 miR-144 下调 CCNE1，抑制非小细胞肺癌细胞增殖 [23]。"
    let mirnaStart = 12
    let geneStart = 24
    let entities = [
      EntityRecord(
        kind: "mirna", text: "miR-144", normalized: "hsa-miR-144", ids: ["MI0000460"], page: 3,
        start: 100 + mirnaStart, end: 100 + mirnaStart + 7,
        json: "{\"type\":\"mirna\",\"text\":\"miR-144\",\"sentence\":\"\(sentence)\"}"),
      EntityRecord(
        kind: "gene", text: "CCNE1", normalized: "CCNE1", ids: ["HGNC:1589"], page: 3,
        start: 100 + geneStart, end: 100 + geneStart + 5,
        json: "{\"type\":\"gene\",\"text\":\"CCNE1\",\"sentence\":\"\(sentence)\"}"),
    ]
    let made = (0..<findings).map { number in
      Finding(
        id: "f\(number)-\(id.prefix(6))", refs: [23], authors: "LIANG",
        source: SourceRef(text: "BMSC-Exo", normalized: "bone marrow MSC exosome"),
        mirnas: [MirnaRef(normalized: "hsa-miR-144", ids: ["MI0000460"], role: "cargo")],
        genes: [EntityRef(normalized: "CCNE1", ids: ["HGNC:1589"])], relation: "downregulates",
        direction: "inhibits", outcomes: ["proliferation"],
        cancers: [EntityRef(normalized: "non-small cell lung cancer", ids: ["DOID:3908"])],
        origin: ["text"],
        evidence: [
          Evidence(
            page: 3, text: sentence, start: 100, end: 100 + sentence.unicodeScalars.count,
            box: [10, 20, 300, 40])
        ],
        rules: ["sentence.down"])
    }
    return PaperRecord(
      paper: PaperInfo(
        id: id, key: "title:" + title, file: "papers/\(id.prefix(8)).pdf", title: title,
        doi: nil, pages: 8, language: "zh"),
      quality: PaperQuality(textLayer: true, garbledPages: [7], warnings: ["page 7 garbled"]),
      entities: entities, findings: made)
  }
}
