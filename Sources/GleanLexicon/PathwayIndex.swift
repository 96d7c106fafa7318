import Foundation

/// Curated pathways (`pathways.tsv`) by loosely folded name with pathway words removed.
///
/// A look-up ignores trailing words that only say "pathway": `signaling pathway`,
/// `signalling pathway`, `signal pathway`, `pathway`, `signaling`, `signalling`, `axis`,
/// `cascade`, `信号通路`, `信号转导通路`, `信号传导通路`, `信号途径`, `信号转导途径`, `信号轴`,
/// `通路`, `途径`, `信号`; so `Hedgehog信号通路`, `Hedgehog signaling pathway` and `Hedgehog`
/// meet, and `PI3K/Akt信号通路` meets `PI3K-Akt signaling pathway`.
struct PathwayIndex: Sendable {
  static let file = "pathways.tsv"

  private var entries: [PathwayEntry] = []
  private var byKey: [String: Int] = [:]

  init(directory: URL, isKnownMember: (String) -> Bool) throws {
    let rows = try TSVTable.read(
      Self.file, in: directory, columns: ["name", "kegg", "zh", "synonyms", "members", "source"])
    for row in rows {
      let kegg = row.text(1)
      if !kegg.isEmpty, !Self.isKEGGPathway(kegg) {
        throw LexiconError(
          file: Self.file, line: row.line, reason: "\(kegg) is not a KEGG human map id")
      }
      for member in row.list(4) where !isKnownMember(member) {
        throw LexiconError(
          file: Self.file, line: row.line,
          reason: "member \(member) is neither an approved HGNC symbol nor FPLX:<FamPlex id>")
      }
      let entry = PathwayEntry(
        name: row.text(0), keggID: kegg.isEmpty ? nil : kegg, chineseNames: row.list(2),
        synonyms: row.list(3), members: row.list(4))
      let index = entries.count
      entries.append(entry)
      for name in [entry.name] + entry.chineseNames + entry.synonyms + [kegg] {
        let key = Self.key(name)
        if !key.isEmpty, byKey[key] == nil {
          byKey[key] = index
        }
      }
    }
  }

  func lookup(_ mention: String) -> PathwayEntry? {
    byKey[Self.key(mention)].map { entries[$0] }
  }

  /// Loose folding with trailing pathway words removed.
  static func key(_ text: String) -> String {
    var key = LexiconKey.foldLoose(text)
    var stripped = true
    while stripped {
      stripped = false
      for suffix in suffixes where key.hasSuffix(suffix) && key.count > suffix.count {
        key.removeLast(suffix.count)
        stripped = true
        break
      }
    }
    return key
  }

  /// Folded, longest first.
  private static let suffixes = [
    "signallingpathway", "signalingpathway", "signalpathway", "信号转导通路", "信号传导通路",
    "信号转导途径", "signalling", "signaling", "pathway", "cascade", "信号通路", "信号途径",
    "axis", "信号轴", "通路", "途径", "信号",
  ]

  private static func isKEGGPathway(_ id: String) -> Bool {
    id.count == 8 && id.hasPrefix("hsa") && id.dropFirst(3).allSatisfy { $0.isASCII && $0.isNumber }
  }
}
