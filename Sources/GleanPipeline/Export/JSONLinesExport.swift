import GleanFindings
import GleanStore

/// JSON Lines of findings: each line is the finding object of `glean extract` with one more key,
/// `paper` (`id`, `key`, `file`, `title`, `doi`), so that a line stands on its own.
struct JSONLinesExport: ExportWriter {
  /// The paper fields added to each finding line.
  struct PaperRef: Encodable {
    var id: String
    var key: String
    var file: String
    var title: String?
    var doi: String?

    enum CodingKeys: String, CodingKey { case id, key, file, title, doi }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(key, forKey: .key)
      try container.encode(file, forKey: .file)
      try container.encode(title, forKey: .title)
      try container.encode(doi, forKey: .doi)
    }
  }

  mutating func begin(_ out: inout some TextOutputStream) {}

  mutating func write(_ paper: StoredPaper, to out: inout some TextOutputStream) throws {
    let info = paper.record.paper
    let ref = try ExportJSON.string(
      PaperRef(id: info.id, key: info.key, file: info.file, title: info.title, doi: info.doi))
    for finding in paper.record.findings {
      var line = try ExportJSON.string(finding)
      // The finding object is `{…}`: add `"paper":{…}` as its last key.
      line.removeLast()
      line += ",\"paper\":" + ref + "}\n"
      out.write(line)
    }
  }

  mutating func end(_ out: inout some TextOutputStream) {}
}
