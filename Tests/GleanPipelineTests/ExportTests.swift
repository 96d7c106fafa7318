import Foundation
import GleanFindings
import GleanStore
import Testing

@testable import GleanPipeline

/// The export formats on a real paper: the seed review extracted in this process.
@Suite struct ExportTests {
  static let paper: StoredPaper? = {
    let path = Repo.papers.appendingPathComponent("seed-msc-exo.pdf").path
    guard
      let stages = try? PaperStages(
        settings: .init(species: "hsa", dictionaries: nil, recogniserRules: nil, findingRules: nil)),
      let extraction = try? stages.analyse(path: path)
    else { return nil }
    return StoredPaper(
      record: PaperRecord(extraction), runID: 1, analysisKey: "k", storedAt: "2026-01-01")
  }()

  private func exported(_ format: ExportFormat) throws -> String {
    let paper = try #require(Self.paper)
    var writer = format.makeWriter(toolVersion: "test", date: "2026-01-01")
    var text = ""
    writer.begin(&text)
    try writer.write(paper, to: &text)
    writer.end(&text)
    return text
  }

  @Test func jsonLinesHaveOneFindingALineWithItsPaper() throws {
    let paper = try #require(Self.paper)
    #expect(!paper.record.findings.isEmpty)
    let lines = try exported(.jsonl).split(separator: "\n")
    #expect(lines.count == paper.record.findings.count)
    for (line, finding) in zip(lines, paper.record.findings) {
      let decoded = try JSONDecoder().decode(Finding.self, from: Data(line.utf8))
      #expect(decoded == finding)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let ref = try #require(object["paper"] as? [String: Any])
      #expect(ref["id"] as? String == paper.record.paper.id)
      #expect(ref["file"] as? String == paper.record.paper.file)
    }
  }

  @Test func csvHasAHeaderAndOneRowAFinding() throws {
    let paper = try #require(Self.paper)
    let rows = CSVReader.rows(try exported(.csv))
    #expect(rows.first == CSVExport.columns)
    #expect(rows.count == paper.record.findings.count + 1)
    let idColumn = try #require(CSVExport.columns.firstIndex(of: "finding_id"))
    for (row, finding) in zip(rows.dropFirst(), paper.record.findings) {
      #expect(row.count == CSVExport.columns.count)
      #expect(row[idColumn] == finding.id)
    }
  }

  @Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""), ("cr\r\nlf", "\"cr\r\nlf\""), ("外泌体", "外泌体"),
  ])
  func csvFieldsAreQuotedAsRFC4180Says(field: String, written: String) {
    #expect(CSVExport.quote(field) == written)
  }

  @Test func biocAnnotationsPointAtTheirText() throws {
    let paper = try #require(Self.paper)
    let json = try exported(.bioc)
    let collection = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let documents = try #require(collection["documents"] as? [[String: Any]])
    #expect(documents.count == 1)
    let document = documents[0]
    #expect(document["id"] as? String == paper.record.paper.id)
    let passages = try #require(document["passages"] as? [[String: Any]])
    var annotationIDs: Set<String> = []
    var annotations = 0
    var end = 0
    for passage in passages {
      let offset = try #require(passage["offset"] as? Int)
      let text = try #require(passage["text"] as? String)
      #expect(offset >= end, "passages overlap")
      end = offset + text.unicodeScalars.count
      let scalars = Array(text.unicodeScalars)
      for annotation in try #require(passage["annotations"] as? [[String: Any]]) {
        annotations += 1
        annotationIDs.insert(try #require(annotation["id"] as? String))
        let location = try #require((annotation["locations"] as? [[String: Int]])?.first)
        let start = try #require(location["offset"]) - offset
        let length = try #require(location["length"])
        #expect(start >= 0 && start + length <= scalars.count)
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[start..<(start + length)])
        #expect(String(slice) == annotation["text"] as? String)
        let infons = try #require(annotation["infons"] as? [String: String])
        #expect(infons["type"] != nil && infons["normalized"] != nil)
      }
    }
    // Every mention whose sentence holds its text is annotated.
    let placeable = paper.record.entities.filter { entity in
      BioCExport.sentence(of: entity).unicodeScalars.count >= entity.text.unicodeScalars.count
        && BioCExport.sentence(of: entity).contains(entity.text)
    }
    #expect(annotations == placeable.count)
    let relations = try #require(document["relations"] as? [[String: Any]])
    #expect(relations.count == paper.record.findings.count)
    for relation in relations {
      for node in try #require(relation["nodes"] as? [[String: String]]) {
        #expect(annotationIDs.contains(node["refid"] ?? ""))
      }
    }
  }
}

/// A small RFC 4180 reader for checking the CSV export.
enum CSVReader {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            field.unicodeScalars.append("\"")
            scalars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == "," {
        row.append(field)
        field = ""
      } else if scalar == "\r" && scalars.first == "\n" {
        scalars.removeFirst()
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.unicodeScalars.append(scalar)
      }
    }
    return rows
  }
}
