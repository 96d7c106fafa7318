import Testing

@testable import GleanFindings

/// The bundled rules; a test fails (rather than crashes) when they do not load.
func bundledRules() throws -> FindingRules {
  try FindingRules.bundled()
}

/// A tag of `kind` over the `occurrence`-th (0-based) place `written` stands in `text`.
func tag(
  _ kind: EntityTag.Kind, _ written: String, _ normalized: String, in text: String,
  occurrence: Int = 0,
  ids: [String] = [], role: String? = nil
) -> EntityTag {
  let scalars = Array(text.unicodeScalars)
  let needle = Array(written.unicodeScalars)
  var found: [Int] = []
  if needle.count <= scalars.count {
    for start in 0...(scalars.count - needle.count)
    where scalars[start..<(start + needle.count)].elementsEqual(needle) {
      found.append(start)
    }
  }
  let start = occurrence < found.count ? found[occurrence] : -1000
  return EntityTag(
    kind: kind, text: written, normalized: normalized, ids: ids, start: start,
    end: start + needle.count, role: role)
}

/// The analysis of `text` with `tags`.
func analyze(_ text: String, _ tags: [EntityTag]) throws -> ClaimAnalysis {
  ClaimAnalyzer(rules: try bundledRules()).analyze(ScalarText(text), tags: tags)
}
