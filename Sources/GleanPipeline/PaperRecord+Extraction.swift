import GleanEntities
import GleanFindings
import GleanStore

extension PaperRecord {
  /// The store's record of an extraction: each mention keeps its `glean entities` JSON line.
  public init(_ extraction: PaperExtraction) {
    let entities = extraction.entities.map { mention in
      EntityRecord(
        kind: mention.type.rawValue, text: mention.text, normalized: mention.normalized,
        ids: mention.ids, page: mention.page, start: mention.start, end: mention.end,
        json: mention.jsonLine())
    }
    self.init(
      paper: extraction.paper, quality: extraction.quality, entities: entities,
      findings: extraction.findings)
  }
}
