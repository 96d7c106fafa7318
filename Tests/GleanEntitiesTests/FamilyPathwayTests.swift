import GleanEntities
import Testing

/// FamPlex families and pathways (KEGG ids entered in the lexicon's pathway table).
@Suite("family and pathway recognisers")
struct FamilyPathwayTests {
  @Test(
    "families normalise to FamPlex ids",
    arguments: [
      RecognitionCase(
        "AKT, PI3K, ERK, MMP, Caspase and NF-κB",
        [
          Expected(text: "AKT", normalized: "AKT", ids: ["FPLX:AKT"]),
          Expected(text: "PI3K", normalized: "PI3K", ids: ["FPLX:PI3K"]),
          Expected(text: "ERK", normalized: "ERK", ids: ["FPLX:ERK"]),
          Expected(text: "MMP", normalized: "MMP", ids: ["FPLX:MMP"]),
          Expected(text: "Caspase", normalized: "Caspase", ids: ["FPLX:Caspase"]),
          Expected(text: "NF-κB", normalized: "NFkappaB", ids: ["FPLX:NFkappaB"]),
        ]),
      RecognitionCase(
        "Rab蛋白和基质金属蛋白酶",
        [
          Expected(text: "Rab", normalized: "RAB", ids: ["FPLX:RAB"]),
          Expected(text: "基质金属蛋白酶", normalized: "MMP"),
        ]),
    ])
  func families(_ testCase: RecognitionCase) throws {
    try check(testCase, type: .family)
  }

  @Test("a family lists its member genes")
  func familyMembers() throws {
    let recognizer = try #require(Shared.recognizer)
    let erk = try #require(recognizer.recognize("ERK activation").first)
    #expect(Set(erk.members.map(\.normalized)) == ["MAPK1", "MAPK3"])
    #expect(erk.members.allSatisfy { $0.ids.first?.hasPrefix("HGNC:") == true })
  }

  @Test(
    "pathways: name before a trigger, KEGG id where known, members",
    arguments: [
      RecognitionCase(
        "激活Hedgehog信号通路",
        [
          Expected(
            text: "Hedgehog信号通路", normalized: "Hedgehog signaling pathway", ids: ["hsa04340"],
            rule: "pathway.zh")
        ]),
      RecognitionCase(
        "PI3K/AKT信号通路和MAPK通路",
        [
          Expected(
            text: "PI3K/AKT信号通路", normalized: "PI3K-Akt signaling pathway", ids: ["hsa04151"]),
          Expected(text: "MAPK通路", normalized: "MAPK signaling pathway", ids: ["hsa04010"]),
        ]),
      RecognitionCase(
        "mTOR/\nHIF-1α信号轴",
        [
          Expected(
            text: "mTOR/\nHIF-1α信号轴", normalized: "MTOR/HIF1A axis",
            ids: ["hsa04150", "hsa04066"], flags: ["kegg-of-part"])
        ]),
      RecognitionCase(
        "调控RAP2B/PI3K/AKT等信号通路",
        [
          Expected(
            text: "RAP2B/PI3K/AKT等信号通路", normalized: "RAP2B/PI3K/AKT signaling pathway",
            ids: ["hsa04151"], flags: ["kegg-of-part"])
        ]),
      RecognitionCase(
        "the Wnt/β-catenin signaling pathway and the Hippo pathway",
        [
          Expected(
            text: "Wnt/β-catenin signaling pathway", normalized: "Wnt signaling pathway",
            ids: ["hsa04310"], rule: "pathway.en"),
          Expected(text: "Hippo pathway", normalized: "Hippo signaling pathway", ids: ["hsa04390"]),
        ]),
      RecognitionCase(
        "ERK1/2通路与caspase信号通路",
        [
          Expected(text: "ERK1/2通路", normalized: "ERK1/2 signaling", ids: []),
          Expected(text: "caspase信号通路", normalized: "Caspase signaling"),
        ]),
      RecognitionCase(
        "the miR-21/PTEN/AKT axis",
        [Expected(text: "PTEN/AKT axis", normalized: "PTEN/AKT axis")]),
    ])
  func pathways(_ testCase: RecognitionCase) throws {
    try check(testCase, type: .pathway)
  }

  @Test("a pathway's members are genes and families")
  func pathwayMembers() throws {
    let recognizer = try #require(Shared.recognizer)
    let mentions = recognizer.recognize("ERK1/2通路").filter { $0.type == .pathway }
    try #require(mentions.count == 1)
    #expect(mentions[0].members.map(\.normalized) == ["MAPK3", "MAPK1"])
  }

  @Test(
    "generic pathway words without a known name are not pathways",
    arguments: [
      "细胞信号通路", "激活特定的细胞信号通路", "信号转导途径", "the intrinsic pathway of apoptosis",
      "signaling pathways that are ignited", "抑制蛋白酶的靶向作用及信号转导通路",
    ])
  func negatives(_ input: String) throws {
    let recognizer = try #require(Shared.recognizer)
    let pathways = recognizer.recognize(input).filter { $0.type == .pathway }
    #expect(pathways.isEmpty, "got \(pathways.map(\.text))")
  }
}
