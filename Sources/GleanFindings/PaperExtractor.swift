import Crypto
import GleanEntities
import GleanLayout

/// The findings stage: from a paper's text, its entity mentions and the finding rules to one
/// ``PaperExtraction``. A plain function of its input.
public enum PaperExtractor {
  /// Reads a laid-out PDF: tables that list findings give one finding per row, prose sentences
  /// give the findings they state, and a table row and the prose that repeats it become one.
  public static func extract(
    document: TextDocument, recognizer: EntityRecognizer, rules: FindingRules
  ) -> PaperExtraction {
    let paper = PaperText(document: document)
    let mentions = recognizer.recognize(document.text)
    let doi = PaperIdentity.doi(paper)
    let title = paper.title ?? usableMetadataTitle(document.metadata.title)
    let info = PaperInfo(
      id: document.sha256, key: PaperIdentity.key(doi: doi, title: title, file: document.file),
      file: document.file, title: title, doi: doi, pages: document.pages.count,
      language: PaperIdentity.language(paper))
    let quality = PaperQuality(
      textLayer: document.quality.textLayer, garbledPages: document.quality.garbledPages,
      warnings: document.quality.warnings)
    let entities = mentions.map { mention in
      var placed = mention
      let page = document.page(atScalarOffset: mention.start)
      let pageStart =
        page >= 1 && page <= document.pageStarts.count ? document.pageStarts[page - 1] : 0
      placed.page = page
      placed.start -= pageStart
      placed.end -= pageStart
      return placed
    }
    let findings = FindingAssembler(
      rules: rules, recognizer: recognizer, paper: paper, mentions: mentions, paperKey: info.key
    ).findings()
    return PaperExtraction(paper: info, quality: quality, entities: entities, findings: findings)
  }

  /// Reads plain text laid out as `glean text` prints a paper (one paragraph a line, tables as
  /// TAB-separated rows under their caption). `sha256` is the file's digest; when `nil`, the
  /// digest of the text's UTF-8 bytes.
  public static func extract(
    text: String, file: String, sha256: String? = nil, recognizer: EntityRecognizer,
    rules: FindingRules
  ) -> PaperExtraction {
    let paper = PaperText(plainText: text, rules: rules)
    let mentions = recognizer.recognize(text)
    let digest = sha256 ?? hex(SHA256.hash(data: Array(text.utf8)))
    let doi = PaperIdentity.doi(paper)
    let fallbackName = file == "-" ? "stdin-\(digest.prefix(16))" : file
    let info = PaperInfo(
      id: digest, key: PaperIdentity.key(doi: doi, title: paper.title, file: fallbackName),
      file: file, title: paper.title, doi: doi, pages: 0,
      language: PaperIdentity.language(paper))
    let quality = PaperQuality(textLayer: true, garbledPages: [], warnings: [])
    let findings = FindingAssembler(
      rules: rules, recognizer: recognizer, paper: paper, mentions: mentions, paperKey: info.key
    ).findings()
    return PaperExtraction(paper: info, quality: quality, entities: mentions, findings: findings)
  }

  /// A metadata title that names the paper (not a file name or a word processor's label).
  static func usableMetadataTitle(_ title: String?) -> String? {
    guard let title = title?.trimmingWhitespace(), title.unicodeScalars.count >= 4 else {
      return nil
    }
    let lower = title.lowercased()
    for junk in [".doc", ".pdf", ".tex", ".dvi", "untitled", "microsoft word"]
    where lower.contains(junk) {
      return nil
    }
    return title
  }

  static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    let digits = Array("0123456789abcdef")
    var text = ""
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return text
  }
}
