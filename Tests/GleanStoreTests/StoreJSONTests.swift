import Foundation
import Testing

@testable import GleanStore

@Suite struct StoreJSONTests {
  /// The direct writing of string lists gives the bytes the JSON encoder gives, with and without
  /// characters that need escaping.
  @Test(
    arguments: [
      [], ["HGNC:9588"], ["hsa-miR-21-5p", "MIMAT0000076"], ["胃癌", "结直肠癌"], ["a/b", "PI3K/AKT"],
      ["say \"no\""], ["back\\slash"], ["line\nbreak", "tab\t"], ["\u{7f}", "\u{2028}"],
    ] as [[String]])
  func listsOfStringsMatchTheEncoder(values: [String]) throws {
    #expect(try StoreJSON.strings(values) == StoreJSON.string(values))
  }
}

@Suite struct PaperRecordCodingTests {
  /// A record goes from a worker to the store as JSON: it comes back equal, its mentions as
  /// arrays.
  @Test func aRecordRoundTripsThroughJSON() throws {
    let record = StoreFixtures.record(id: "abcd1234", findings: 2)
    let data = try JSONEncoder().encode(record)
    #expect(try JSONDecoder().decode(PaperRecord.self, from: data) == record)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("[\"mirna\",\"miR-144\",\"hsa-miR-144\",[\"MI0000460\"],3,112,119,"))
  }

  /// A mention array with a field missing is an error, not a record with a gap.
  @Test func aShortMentionArrayIsRejected() {
    let short = Data(#"["gene","CCNE1","CCNE1",["HGNC:1589"],3,124]"#.utf8)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(EntityRecord.self, from: short) }
  }
}
