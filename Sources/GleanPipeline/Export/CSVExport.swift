import GleanFindings
import GleanStore

/// CSV of findings for spreadsheets: RFC 4180 (CRLF line ends, fields with a comma, quote or line
/// break quoted), UTF-8, one finding a row; lists joined with `; `.
struct CSVExport: ExportWriter {
  static let columns = [
    "paper_id", "paper_key", "file", "title", "finding_id", "page", "relation", "direction",
    "source", "mirnas", "mirna_ids", "genes", "gene_ids", "families", "pathways", "cancers",
    "cell_lines", "outcomes", "refs", "authors", "hedged", "negated", "origin", "evidence", "rules",
  ]

  mutating func begin(_ out: inout some TextOutputStream) {
    out.write(Self.columns.joined(separator: ",") + "\r\n")
  }

  mutating func write(_ paper: StoredPaper, to out: inout some TextOutputStream) throws {
    let info = paper.record.paper
    for finding in paper.record.findings {
      let fields: [String] = [
        info.id, info.key, info.file, info.title ?? "", finding.id,
        finding.evidence.first.map { String($0.page) } ?? "",
        finding.relation, finding.direction, finding.source?.normalized ?? "",
        Self.list(finding.mirnas.map(\.normalized)),
        Self.list(finding.mirnas.flatMap(\.ids)),
        Self.list(finding.genes.map(\.normalized)),
        Self.list(finding.genes.flatMap(\.ids)),
        Self.list(finding.families.map(\.normalized)),
        Self.list(finding.pathways.map(\.normalized)),
        Self.list(finding.cancers.map(\.normalized)),
        Self.list(finding.cellLines.map(\.normalized)),
        Self.list(finding.outcomes),
        Self.list(finding.refs.map(String.init)),
        finding.authors ?? "",
        finding.hedged ? "true" : "false",
        finding.negated ? "true" : "false",
        Self.list(finding.origin),
        finding.evidence.map(\.text).joined(separator: " | "),
        Self.list(finding.rules),
      ]
      out.write(fields.map(Self.quote).joined(separator: ",") + "\r\n")
    }
  }

  mutating func end(_ out: inout some TextOutputStream) {}

  static func list(_ values: [String]) -> String { values.joined(separator: "; ") }

  /// A field as RFC 4180 writes it.
  static func quote(_ field: String) -> String {
    let needsQuotes = field.unicodeScalars.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
