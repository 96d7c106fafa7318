import GleanEntities
import Testing

/// miRNA mentions: written forms, lists and ranges, clusters, roles, species and miRBase ids
/// (accessions as miRBase release 22 gives them).
@Suite("miRNA recogniser")
struct MirnaRecognizerTests {
  @Test(
    "written forms normalise to the miRBase name with species, the arm only when written",
    arguments: [
      RecognitionCase(
        "miR-21 and miR-143-3p",
        [
          Expected(
            text: "miR-21", normalized: "hsa-miR-21", ids: ["MI0000077"], rule: "mirna.name"),
          Expected(text: "miR-143-3p", normalized: "hsa-miR-143-3p", ids: ["MIMAT0000435"]),
        ]),
      RecognitionCase(
        "microRNA-21, miRNA-21, microRNA 21, miR21, MiR-21",
        Array(
          repeating: Expected(text: "", normalized: "hsa-miR-21", ids: ["MI0000077"]), count: 5
        ).enumerated().map { index, item in
          var copy = item
          copy.text = ["microRNA-21", "miRNA-21", "microRNA 21", "miR21", "MiR-21"][index]
          return copy
        }),
      RecognitionCase(
        "hsa-miR-21-5p",
        [Expected(text: "hsa-miR-21-5p", normalized: "hsa-miR-21-5p", ids: ["MIMAT0000076"])]),
      RecognitionCase(
        "mmu-miR-21a-5p in mice",
        [
          Expected(
            text: "mmu-miR-21a-5p", normalized: "mmu-miR-21a-5p", ids: [],
            flags: ["species-not-in-lexicon"])
        ]),
      RecognitionCase(
        "let-7a, miR-let-7e and let7i",
        [
          Expected(
            text: "let-7a", normalized: "hsa-let-7a",
            ids: ["MI0000060", "MI0000061", "MI0000062"]),
          Expected(text: "miR-let-7e", normalized: "hsa-let-7e"),
          Expected(text: "let7i", normalized: "hsa-let-7i"),
        ]),
      RecognitionCase(
        "微小RNA-223-3p可以抑制肿瘤",
        [Expected(text: "微小RNA-223-3p", normalized: "hsa-miR-223-3p", ids: ["MIMAT0000280"])]),
      RecognitionCase(
        "ｍｉＲ－１４３－３ｐ（全角）",
        [Expected(text: "ｍｉＲ－１４３－３ｐ", normalized: "hsa-miR-143-3p", ids: ["MIMAT0000435"])]),
      RecognitionCase(
        "miR-143* was detected",
        [Expected(text: "miR-143", normalized: "hsa-miR-143*", ids: ["MI0000459"], flags: ["star"])]
      ),
      RecognitionCase(
        "miR-17-5 was high",
        [Expected(text: "miR-17-5", normalized: "hsa-miR-17-5p", flags: ["arm-inferred"])]),
      RecognitionCase(
        "MIR21 host gene",
        [
          Expected(
            text: "MIR21", normalized: "hsa-mir-21", ids: ["MI0000077"], rule: "mirna.gene-symbol")
        ]),
      RecognitionCase(
        "the NF-κB-miRNA-146a-CFH circuit and cel-miR-67-null cells",
        [
          Expected(text: "miRNA-146a", normalized: "hsa-miR-146a"),
          Expected(
            text: "cel-miR-67", normalized: "cel-miR-67", flags: ["species-not-in-lexicon"]),
        ]),
      RecognitionCase(
        "microRNA (miRNA)-146a and miRNA (miR)-223",
        [
          Expected(text: "microRNA (miRNA)-146a", normalized: "hsa-miR-146a"),
          Expected(text: "miRNA (miR)-223", normalized: "hsa-miR-223"),
        ]),
      RecognitionCase(
        "lin-4 was the first miRNA",
        [Expected(text: "lin-4", normalized: "cel-lin-4", rule: "mirna.named")]),
    ])
  func writtenForms(_ testCase: RecognitionCase) throws {
    try check(testCase, type: .mirna)
  }

  @Test(
    "lists and ranges expand to each member over one span",
    arguments: [
      RecognitionCase(
        "miR-221/222 were upregulated",
        [
          Expected(
            text: "miR-221/222", normalized: "hsa-miR-221", ids: ["MI0000298"], rule: "mirna.list",
            flags: ["list"]),
          Expected(text: "miR-221/222", normalized: "hsa-miR-222", ids: ["MI0000299"]),
        ]),
      RecognitionCase(
        "miR-15a/16-1",
        [
          Expected(text: "miR-15a/16-1", normalized: "hsa-miR-15a"),
          Expected(text: "miR-15a/16-1", normalized: "hsa-miR-16-1", ids: ["MI0000070"]),
        ]),
      RecognitionCase(
        "miR-26a, -34a and -145 were lost",
        [
          Expected(text: "miR-26a, -34a and -145", normalized: "hsa-miR-26a"),
          Expected(text: "miR-26a, -34a and -145", normalized: "hsa-miR-34a"),
          Expected(text: "miR-26a, -34a and -145", normalized: "hsa-miR-145"),
        ]),
      RecognitionCase(
        "miR-21, 221, 128a were studied",
        ["hsa-miR-21", "hsa-miR-221", "hsa-miR-128a"].map {
          Expected(text: "miR-21, 221, 128a", normalized: $0)
        }),
      RecognitionCase(
        "miR-23a/b and miR-29a/b-1",
        [
          Expected(text: "miR-23a/b", normalized: "hsa-miR-23a"),
          Expected(text: "miR-23a/b", normalized: "hsa-miR-23b"),
          Expected(text: "miR-29a/b-1", normalized: "hsa-miR-29a"),
          Expected(text: "miR-29a/b-1", normalized: "hsa-miR-29b-1"),
        ]),
      RecognitionCase(
        "miR-199a-5p/3p",
        [
          Expected(text: "miR-199a-5p/3p", normalized: "hsa-miR-199a-5p"),
          Expected(text: "miR-199a-5p/3p", normalized: "hsa-miR-199a-3p"),
        ]),
      RecognitionCase(
        "microRNAs 124a and 223 after injury",
        [
          Expected(text: "microRNAs 124a and 223", normalized: "hsa-miR-124a"),
          Expected(text: "microRNAs 124a and 223", normalized: "hsa-miR-223"),
        ]),
      RecognitionCase(
        "miR-142-3p和miR-150的表达、miR-21、miR-143-3p等",
        [
          Expected(text: "miR-142-3p", normalized: "hsa-miR-142-3p"),
          Expected(text: "miR-150", normalized: "hsa-miR-150"),
          Expected(text: "miR-21", normalized: "hsa-miR-21"),
          Expected(text: "miR-143-3p", normalized: "hsa-miR-143-3p"),
        ]),
    ])
  func lists(_ testCase: RecognitionCase) throws {
    try check(testCase, type: .mirna)
  }

  @Test(
    "clusters are one mention with their members",
    arguments: ["miR-17-92 cluster", "miR-17~92", "miR-17∼92", "miR-17/92", "oncomir-1"])
  func clusters(_ text: String) throws {
    let recognizer = try #require(Shared.recognizer)
    let mentions = recognizer.recognize(text).filter { $0.type == .mirna }
    try #require(mentions.count == 1)
    #expect(mentions[0].normalized == "hsa-mir-17~92")
    #expect(mentions[0].rule == "mirna.cluster")
    #expect(mentions[0].members.map(\.normalized).contains("hsa-mir-19b-1"))
    #expect(mentions[0].members.count == 6)
    #expect(mentions[0].ids.contains("MI0000071"))
  }

  @Test(
    "inhibitors, mimics and precursors carry a role",
    arguments: [
      RecognitionCase(
        "LNA-anti-miR-142-3p",
        [
          Expected(
            text: "LNA-anti-miR-142-3p", normalized: "hsa-miR-142-3p", ids: ["MIMAT0000434"],
            rule: "mirna.oligo", role: "inhibitor")
        ]),
      RecognitionCase(
        "anti-miR-21 and antagomir-21",
        [
          Expected(text: "anti-miR-21", normalized: "hsa-miR-21", role: "inhibitor"),
          Expected(text: "antagomir-21", normalized: "hsa-miR-21", role: "inhibitor"),
        ]),
      RecognitionCase(
        "antisense miRNA-146a",
        [Expected(text: "antisense miRNA-146a", normalized: "hsa-miR-146a", role: "inhibitor")]),
      RecognitionCase(
        "miR-21 inhibitor and miR-155 mimics",
        [
          Expected(text: "miR-21", normalized: "hsa-miR-21", rule: "mirna.name", role: "inhibitor"),
          Expected(text: "miR-155", normalized: "hsa-miR-155", role: "mimic"),
        ]),
      RecognitionCase(
        "转染miR-21模拟物或miR-21抑制剂",
        [
          Expected(text: "miR-21", normalized: "hsa-miR-21", role: "mimic"),
          Expected(text: "miR-21", normalized: "hsa-miR-21", role: "inhibitor"),
        ]),
      RecognitionCase(
        "pre-miR-145 and pri-miR-155",
        [
          Expected(
            text: "miR-145", normalized: "hsa-mir-145", ids: ["MI0000461"], role: "precursor"),
          Expected(text: "miR-155", normalized: "hsa-mir-155", role: "precursor"),
        ]),
      RecognitionCase(
        "miR-21 was delivered",
        [Expected(text: "miR-21", normalized: "hsa-miR-21", role: nil)]),
    ])
  func roles(_ testCase: RecognitionCase) throws {
    try check(testCase, type: .mirna)
    let recognizer = try #require(Shared.recognizer)
    let mentions = recognizer.recognize(testCase.input).filter { $0.type == .mirna }
    for (mention, expected) in zip(mentions, testCase.expected) {
      #expect(mention.role == expected.role, "\(mention.text)")
    }
  }

  @Test(
    "names miRBase lacks are kept and flagged",
    arguments: [
      ("has-miR-144 (a misspelling)", "has-miR-144"),
      ("miR-4461 was delivered", "hsa-miR-4461"),
      ("miR-99999 does not exist", "hsa-miR-99999"),
    ])
  func notInMirbase(_ input: String, _ normalized: String) throws {
    let recognizer = try #require(Shared.recognizer)
    let mentions = recognizer.recognize(input).filter { $0.type == .mirna }
    try #require(mentions.count == 1)
    #expect(mentions[0].normalized == normalized)
    #expect(mentions[0].ids.isEmpty)
    #expect(mentions[0].flags.contains("not-in-mirbase"))
  }

  @Test(
    "text that is not a specific miRNA gives none",
    arguments: [
      "miRNAs and microRNA were profiled", "the miRNA 3'UTR binding site", "miR", "Mirza et al.",
      "admiR-21", "MIR17HG is the host gene", "lin-28 binds RNA", "miR-21abc",
      "miRNA 2 times higher", "the 3'-UTR of 15 genes", "miR-",
    ])
  func negatives(_ input: String) throws {
    let recognizer = try #require(Shared.recognizer)
    let mentions = recognizer.recognize(input).filter { $0.type == .mirna }
    #expect(mentions.isEmpty, "got \(mentions.map(\.text))")
  }

  @Test(
    "a bare number ends a list when a noun or unit follows",
    arguments: [
      ("miR-21 and 15 other miRNAs", "miR-21"), ("miR-21, 48 h later", "miR-21"),
      ("miR-21 and 221 were high", "miR-21 and 221"), ("miR-21和5个基因", "miR-21"),
    ])
  func listStops(_ input: String, _ span: String) throws {
    let recognizer = try #require(Shared.recognizer)
    let mentions = recognizer.recognize(input).filter { $0.type == .mirna }
    #expect(Set(mentions.map(\.text)) == [span])
  }
}
