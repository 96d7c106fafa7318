import GleanEntities
import GleanFindings

/// An evidence sentence or table row with the entity mentions in it marked.
enum EvidenceMarker {
  /// A piece of the evidence text, and the mention it is, if any.
  struct Piece: Equatable {
    var text: String
    var mention: Mention?
  }

  /// Splits `evidence.text` into plain pieces and the mentions of `mentions` that lie in the
  /// evidence's span of its page, found in the text in order. Table cells (TAB) become ` | `.
  static func pieces(_ evidence: Evidence, mentions: [Mention]) -> [Piece] {
    let text = evidence.text.replacingOccurrences(of: "\t", with: " | ")
    let inside = mentions.filter { mention in
      mention.page == evidence.page && mention.start >= evidence.start
        && mention.end <= evidence.end && evidence.end > evidence.start
    }.sorted { a, b in a.start != b.start ? a.start < b.start : a.end > b.end }
    var pieces: [Piece] = []
    var cursor = text.startIndex
    var lastEnd = -1
    for mention in inside where mention.start >= lastEnd {
      guard let range = find(mention.text, in: text, from: cursor) else { continue }
      if cursor < range.lowerBound {
        pieces.append(Piece(text: String(text[cursor..<range.lowerBound]), mention: nil))
      }
      pieces.append(Piece(text: String(text[range]), mention: mention))
      cursor = range.upperBound
      lastEnd = mention.end
    }
    if cursor < text.endIndex {
      pieces.append(Piece(text: String(text[cursor...]), mention: nil))
    }
    return pieces
  }

  /// The first place of `needle` at or after `start`, also trying it with its line breaks joined
  /// (with nothing, or a space) as sentence joining does.
  static func find(_ needle: String, in text: String, from start: String.Index)
    -> Range<String.Index>?
  {
    var variants = [needle]
    if needle.contains("\n") {
      variants.append(needle.replacingOccurrences(of: "-\n", with: "-"))
      variants.append(needle.replacingOccurrences(of: "\n", with: ""))
      variants.append(needle.replacingOccurrences(of: "\n", with: " "))
    }
    for variant in variants where !variant.isEmpty {
      if let range = text.range(of: variant, range: start..<text.endIndex) { return range }
    }
    return nil
  }

  /// The evidence with its mentions marked (`[miR-144]`).
  static func marked(_ evidence: Evidence, mentions: [Mention], style: Style) -> String {
    pieces(evidence, mentions: mentions).map { piece in
      piece.mention.map { style.entity(piece.text, $0.type) } ?? piece.text
    }.joined()
  }

  /// What the marked mentions stand for: `miR-144 = mirna hsa-miR-144 [MIMAT0000436]`, each once.
  static func legend(_ evidence: Evidence, mentions: [Mention]) -> [String] {
    var seen = Set<String>()
    var lines: [String] = []
    for piece in pieces(evidence, mentions: mentions) {
      guard let mention = piece.mention else { continue }
      var line = "\(piece.text) = \(mention.type.rawValue) \(mention.normalized)"
      if !mention.ids.isEmpty { line += " [" + mention.ids.joined(separator: ", ") + "]" }
      if let role = mention.role { line += " (\(role))" }
      if seen.insert(line).inserted { lines.append(line) }
    }
    return lines
  }
}
