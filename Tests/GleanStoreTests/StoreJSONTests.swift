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
