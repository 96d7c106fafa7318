import GleanEntities
import Testing

/// Runs `testCase` and checks its mentions of `type` against the expectation, field by field.
func check(_ testCase: RecognitionCase, type: EntityType) throws {
  let recognizer = try #require(Shared.recognizer)
  let all = recognizer.recognize(testCase.input)
  #expect(offsetsHold(all, in: testCase.input))
  let mentions = all.filter { $0.type == type }
  #expect(
    mentions.count == testCase.expected.count,
    "got \(mentions.map { "\($0.text) → \($0.normalized)" })")
  for (mention, expected) in zip(mentions, testCase.expected) {
    #expect(mention.text == expected.text)
    #expect(mention.normalized == expected.normalized)
    if let ids = expected.ids { #expect(mention.ids == ids, "\(mention.text)") }
    if let rule = expected.rule { #expect(mention.rule == rule, "\(mention.text)") }
    if let role = expected.role { #expect(mention.role == role, "\(mention.text)") }
    if let flags = expected.flags { #expect(mention.flags == flags, "\(mention.text)") }
  }
}
