import GleanEntities
import Testing

/// Cell lines (Cellosaurus), cancers (Disease Ontology) and exosome sources.
@Suite("cell line, cancer and exosome-source recognisers")
struct CellCancerSourceTests {
  @Test(
    "cell lines normalise to their Cellosaurus name and accession",
    arguments: [
      RecognitionCase(
        "骨肉瘤MG63和MG-63、胃癌SGC7901细胞",
        [
          Expected(text: "MG63", normalized: "MG-63", ids: ["CVCL_0426"]),
          Expected(text: "MG-63", normalized: "MG-63", ids: ["CVCL_0426"]),
          Expected(text: "SGC7901", normalized: "SGC-7901", ids: ["CVCL_0520"], flags: ["caution"]),
        ]),
      RecognitionCase(
        "HCT116、SW480、HeLa和A549细胞",
        [
          Expected(text: "HCT116", normalized: "HCT 116", ids: ["CVCL_0291"]),
          Expected(text: "SW480", normalized: "SW480", ids: ["CVCL_0546"]),
          Expected(text: "HeLa", normalized: "HeLa", ids: ["CVCL_0030"]),
          Expected(text: "A549", normalized: "A549", ids: ["CVCL_0023"]),
        ]),
    ])
  func cellLines(_ testCase: RecognitionCase) throws {
    try check(testCase, type: .cellLine)
  }

  @Test(
    "cancers in Chinese, English and by abbreviation",
    arguments: [
      RecognitionCase(
        "非小细胞肺癌、NSCLC和non-small cell lung cancer",
        Array(
          zip(
            ["非小细胞肺癌", "NSCLC", "non-small cell lung cancer"],
            ["cancer.zh", "cancer.abbreviation", "cancer.name"])
        ).map {
          Expected(
            text: $0.0, normalized: "lung non-small cell carcinoma", ids: ["DOID:3908"], rule: $0.1)
        }),
      RecognitionCase(
        "胰腺导管腺癌（PDAC）、骨肉瘤和多发性骨髓瘤",
        [
          Expected(
            text: "胰腺导管腺癌", normalized: "pancreatic ductal adenocarcinoma", ids: ["DOID:3498"]),
          Expected(text: "PDAC", normalized: "pancreatic ductal adenocarcinoma"),
          Expected(text: "骨肉瘤", normalized: "osteosarcoma", ids: ["DOID:3347"]),
          Expected(text: "多发性骨髓瘤", normalized: "multiple myeloma", ids: ["DOID:9538"]),
        ]),
      RecognitionCase(
        "小细胞肺癌与非小细胞肺癌",
        [
          Expected(text: "小细胞肺癌", normalized: "lung small cell carcinoma"),
          Expected(text: "非小细胞肺癌", normalized: "lung non-small cell carcinoma"),
        ]),
    ])
  func cancers(_ testCase: RecognitionCase) throws {
    try check(testCase, type: .cancer)
  }

  @Test(
    "exosome sources",
    arguments: [
      RecognitionCase(
        "MSC-Exo、BMSC-Exo、脂肪来源MSC-Exo、人脐带MSC-Exo和hUC-MSC-Exo",
        [
          Expected(text: "MSC-Exo", normalized: "MSC-Exo"),
          Expected(text: "BMSC-Exo", normalized: "BMSC-Exo"),
          Expected(text: "脂肪来源MSC-Exo", normalized: "ADSC-Exo"),
          Expected(text: "人脐带MSC-Exo", normalized: "hUC-MSC-Exo"),
          Expected(text: "hUC-MSC-Exo", normalized: "hUC-MSC-Exo"),
        ]),
      RecognitionCase(
        "间充质干细胞来源的外泌体与肿瘤来源的Exo",
        [
          Expected(text: "间充质干细胞来源的外泌体", normalized: "MSC-Exo"),
          Expected(text: "肿瘤来源的Exo", normalized: "tumour-derived Exo"),
        ]),
      RecognitionCase(
        "tumour-derived Exo, ADSC-Exos and M2-EVs",
        [
          Expected(text: "tumour-derived Exo", normalized: "tumour-derived Exo"),
          Expected(text: "ADSC-Exos", normalized: "ADSC-Exo"),
          Expected(
            text: "M2-EVs", normalized: "M2-Exo", rule: "exosome.pattern", flags: ["not-in-lexicon"]
          ),
        ]),
    ])
  func exosomeSources(_ testCase: RecognitionCase) throws {
    try check(testCase, type: .exosomeSource)
  }

  @Test(
    "vesicles without a source, and diseases that are not cancers, give none",
    arguments: ["外泌体和Exo", "exosomes were isolated", "糖尿病足与溃疡性结肠炎", "Alzheimer's disease"])
  func negatives(_ input: String) throws {
    let recognizer = try #require(Shared.recognizer)
    let found = recognizer.recognize(input).filter {
      $0.type == .exosomeSource || $0.type == .cancer
    }
    #expect(found.isEmpty, "got \(found.map(\.text))")
  }
}
