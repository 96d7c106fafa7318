import Foundation
import GleanEntities
import Testing

/// The JSON Lines form of a mention: a public contract.
@Suite("mention JSON")
struct MentionJSONTests {
  let mention = Mention(
    type: .mirna, text: "LNA-anti-miR-142-3p", normalized: "hsa-miR-142-3p",
    ids: ["MIMAT0000434"], page: 3, start: 10, end: 29, sentence: "将\"LNA\"\\送入\n细胞",
    rule: "mirna.oligo", flags: [], role: "inhibitor",
    members: [MentionMember(type: .gene, normalized: "MAPK3", ids: ["HGNC:6877"])])

  @Test("keys come in contract order")
  func keyOrder() {
    let line = mention.jsonLine()
    let keys = [
      "type", "text", "normalized", "ids", "page", "start", "end", "sentence", "rule", "flags",
      "role", "members",
    ]
    var cursor = line.startIndex
    for key in keys {
      let found = line.range(of: "\"\(key)\":", range: cursor..<line.endIndex)
      #expect(found != nil, "\(key) after the previous key")
      if let found { cursor = found.upperBound }
    }
    #expect(!line.contains("\n"))
  }

  @Test("the line decodes back to the same mention")
  func roundTrip() throws {
    let decoded = try JSONDecoder().decode(Mention.self, from: Data(mention.jsonLine().utf8))
    #expect(decoded == mention)
    let plain = Mention(
      type: .cellLine, text: "MG63", normalized: "MG-63", ids: [], start: 0, end: 4,
      rule: "cell_line.name")
    let line = plain.jsonLine()
    #expect(line.contains("\"type\":\"cell_line\""))
    #expect(line.contains("\"role\":null"))
    #expect(try JSONDecoder().decode(Mention.self, from: Data(line.utf8)) == plain)
  }

  /// Sentences with and without characters that need escaping (quotes, backslashes, control
  /// characters, U+2028/U+2029, and look-alikes such as `“` whose UTF-8 also starts with E2 80)
  /// come back unchanged, and the line stays one line.
  @Test(
    "every sentence survives the line",
    arguments: [
      "外泌体 miR-21 促进胃癌", "“引号” – dash … 省略", "a\u{2028}b\u{2029}c", "tab\there",
      "quote \" and \\ backslash", "bell\u{7}", "ends with E2\u{2026}", "",
    ])
  func escaping(sentence: String) throws {
    var mention = self.mention
    mention.sentence = sentence
    let line = mention.jsonLine()
    #expect(!line.contains("\n") && !line.unicodeScalars.contains("\u{2028}"))
    let decoded = try JSONDecoder().decode(Mention.self, from: Data(line.utf8))
    #expect(decoded.sentence == sentence)
  }
}
