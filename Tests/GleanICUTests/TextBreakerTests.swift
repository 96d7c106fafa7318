import GleanICU
import Testing

@Suite struct TextBreakerTests {
  @Test func sentenceBreakSplitsChineseFullStops() throws {
    let breaker = try TextBreaker(kind: .sentence)
    let text = "MSC-Exo可以促进肿瘤生长。它也可以抑制肿瘤！"
    let parts = try breaker.segments(of: text).map { String(text[$0]) }
    #expect(parts == ["MSC-Exo可以促进肿瘤生长。", "它也可以抑制肿瘤！"])
  }

  @Test func wordBreakCutsIdentifiersApart() throws {
    // ICU splits identifiers; the recogniser must find them itself (see platform notes).
    let breaker = try TextBreaker(kind: .word)
    let text = "miR-143-3p"
    let parts = try breaker.segments(of: text).map { String(text[$0]) }
    #expect(parts.count > 1)
    #expect(parts.joined() == text)
  }

  @Test func wordBreakGivesIdeographicStatusForChinese() throws {
    let breaker = try TextBreaker(kind: .word)
    let segments = try breaker.segments(of: Array("肿瘤细胞增殖".utf16))
    #expect(!segments.isEmpty)
    #expect(segments.allSatisfy { $0.ruleStatus >= 400 && $0.ruleStatus < 500 })
    #expect(segments.last?.end == 6)
  }

  @Test func icuVersionIsReported() {
    #expect(ICUInfo.version.split(separator: ".").count >= 2)
  }
}
