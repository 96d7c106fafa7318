import Foundation
import GleanFindings
import GleanStore

/// BioC JSON, for the text-mining tools that read it: one collection; a document per paper (id:
/// the paper's SHA-256); a passage per sentence or table row that holds an entity or a finding
/// (the title first when known); an annotation per entity mention, with its offset, normalised
/// name and database ids; and a relation per finding, whose nodes are the annotations of its
/// miRNAs, targets, cancers, cell lines and source.
///
/// Offsets are in Unicode scalars over the document made of the passages in order, each followed
/// by one space. A passage's `page`, `start` and `end` infons give its place in the page text as
/// `glean text` prints it, when known.
struct BioCExport: ExportWriter {
  var source: String
  var date: String
  private var first = true

  init(source: String, date: String) {
    self.source = source
    self.date = date
  }

  mutating func begin(_ out: inout some TextOutputStream) {
    let head =
      (try? ExportJSON.string(["source": source, "date": date, "key": "glean.key"]))
      ?? "{\"source\":\"Glean\",\"date\":\"\",\"key\":\"glean.key\"}"
    // Reopen the object to add the collection's infons and documents.
    out.write(String(head.dropLast()))
    out.write(",\"infons\":{\"offsets\":\"unicode-scalars\"},\"documents\":[")
  }

  mutating func write(_ paper: StoredPaper, to out: inout some TextOutputStream) throws {
    let document = Self.document(for: paper.record)
    if !first { out.write(",") }
    first = false
    out.write(try ExportJSON.string(document))
  }

  mutating func end(_ out: inout some TextOutputStream) {
    out.write("]}\n")
  }

  /// A passage being built: its place and text, and the annotations found in it.
  private struct Draft {
    var page: Int
    var start: Int?
    var end: Int?
    var kind: String
    var text: String
    var annotations: [(entity: Int, local: Int)] = []
  }

  static func document(for record: PaperRecord) -> BioCDocument {
    var drafts: [Draft] = []
    var index: [String: Int] = [:]
    func draft(page: Int, text: String, kind: String, start: Int?, end: Int?) -> Int {
      let key = "\(page)\u{1}\(text)"
      if let found = index[key] {
        if drafts[found].start == nil, let start {
          drafts[found].start = start
          drafts[found].end = end
        }
        return found
      }
      drafts.append(Draft(page: page, start: start, end: end, kind: kind, text: text))
      index[key] = drafts.count - 1
      return drafts.count - 1
    }

    // Evidence first (it knows its page offsets), then the sentences of the mentions.
    var findingPassages: [[Int]] = []
    for finding in record.findings {
      findingPassages.append(
        finding.evidence.map { evidence in
          draft(
            page: evidence.page, text: evidence.text,
            kind: evidence.text.contains("\t") ? "table_row" : "sentence",
            start: evidence.start, end: evidence.end)
        })
    }
    for (number, entity) in record.entities.enumerated() {
      let sentence = Self.sentence(of: entity)
      let at = draft(page: entity.page, text: sentence, kind: "sentence", start: nil, end: nil)
      if let local = Self.locate(entity, in: drafts[at]) {
        drafts[at].annotations.append((number, local))
      }
    }

    // Order passages by page, then place on the page, keeping first-seen order for ties.
    let order = drafts.indices.sorted { a, b in
      let left = (drafts[a].page, drafts[a].start ?? Int.max, a)
      let right = (drafts[b].page, drafts[b].start ?? Int.max, b)
      return left < right
    }
    var passages: [BioCPassage] = []
    var annotationIDs: [Int: [String]] = [:]  // draft → annotation ids
    var annotationEntity: [String: Int] = [:]
    var offset = 0
    var counter = 0
    if let title = record.paper.title, !title.isEmpty {
      passages.append(
        BioCPassage(offset: 0, infons: ["type": "title"], text: title, annotations: []))
      offset = title.unicodeScalars.count + 1
    }
    for at in order {
      let item = drafts[at]
      var infons = ["type": item.kind, "page": String(item.page)]
      if let start = item.start, let end = item.end {
        infons["start"] = String(start)
        infons["end"] = String(end)
      }
      var annotations: [BioCAnnotation] = []
      for (entityNumber, local) in item.annotations.sorted(by: {
        ($0.local, $0.entity) < ($1.local, $1.entity)
      }) {
        let entity = record.entities[entityNumber]
        counter += 1
        let id = "T\(counter)"
        annotationIDs[at, default: []].append(id)
        annotationEntity[id] = entityNumber
        var annotationInfons = [
          "type": entity.kind, "normalized": entity.normalized,
          "identifier": entity.ids.joined(separator: ";"),
        ]
        if entity.ids.isEmpty { annotationInfons["identifier"] = nil }
        annotations.append(
          BioCAnnotation(
            id: id, infons: annotationInfons, text: entity.text,
            locations: [
              BioCLocation(offset: offset + local, length: entity.text.unicodeScalars.count)
            ]))
      }
      passages.append(
        BioCPassage(offset: offset, infons: infons, text: item.text, annotations: annotations))
      offset += item.text.unicodeScalars.count + 1
    }

    var relations: [BioCRelation] = []
    for (number, finding) in record.findings.enumerated() {
      relations.append(
        relation(
          for: finding, number: number, passages: findingPassages[number],
          annotationIDs: annotationIDs, annotationEntity: annotationEntity, record: record))
    }
    let info = record.paper
    var infons = [
      "key": info.key, "file": info.file, "pages": String(info.pages), "language": info.language,
    ]
    if let title = info.title { infons["title"] = title }
    if let doi = info.doi { infons["doi"] = doi }
    return BioCDocument(id: info.id, infons: infons, passages: passages, relations: relations)
  }

  /// A finding as a relation: its fields as infons, its entities as nodes with roles.
  private static func relation(
    for finding: Finding, number: Int, passages: [Int], annotationIDs: [Int: [String]],
    annotationEntity: [String: Int], record: PaperRecord
  ) -> BioCRelation {
    var roles: [String: String] = [:]  // "kind\u{1}normalized" → role
    for mirna in finding.mirnas { roles["mirna\u{1}\(mirna.normalized)"] = "mirna" }
    for gene in finding.genes { roles["gene\u{1}\(gene.normalized)"] = "target" }
    for family in finding.families { roles["family\u{1}\(family.normalized)"] = "target" }
    for pathway in finding.pathways { roles["pathway\u{1}\(pathway.normalized)"] = "target" }
    for cancer in finding.cancers { roles["cancer\u{1}\(cancer.normalized)"] = "cancer" }
    for line in finding.cellLines { roles["cell_line\u{1}\(line.normalized)"] = "cell_line" }
    if let source = finding.source {
      roles["exosome_source\u{1}\(source.normalized)"] = "source"
    }
    var nodes: [BioCNode] = []
    for passage in passages {
      for id in annotationIDs[passage] ?? [] {
        guard let entityNumber = annotationEntity[id] else { continue }
        let entity = record.entities[entityNumber]
        if let role = roles["\(entity.kind)\u{1}\(entity.normalized)"] {
          let node = BioCNode(refid: id, role: role)
          if !nodes.contains(node) { nodes.append(node) }
        }
      }
    }
    var infons = [
      "type": "finding", "finding_id": finding.id, "relation": finding.relation,
      "direction": finding.direction, "hedged": String(finding.hedged),
      "negated": String(finding.negated),
      "mirnas": finding.mirnas.map(\.normalized).joined(separator: ";"),
      "targets": (finding.genes + finding.families + finding.pathways).map(\.normalized)
        .joined(separator: ";"),
      "cancers": finding.cancers.map(\.normalized).joined(separator: ";"),
      "outcomes": finding.outcomes.joined(separator: ";"),
      "refs": finding.refs.map(String.init).joined(separator: ";"),
    ]
    if let source = finding.source { infons["source"] = source.normalized }
    return BioCRelation(id: "R\(number + 1)", infons: infons, nodes: nodes)
  }

  /// The sentence a mention is in, from its JSON; the mention itself when none is given.
  static func sentence(of entity: EntityRecord) -> String {
    struct Sentence: Decodable { var sentence: String? }
    if let decoded = try? JSONDecoder().decode(Sentence.self, from: Data(entity.json.utf8)),
      let sentence = decoded.sentence, !sentence.isEmpty
    {
      return sentence
    }
    return entity.text
  }

  /// Where `entity.text` starts in the passage, in scalars: the occurrence nearest to where its
  /// page offsets put it, else the first; `nil` when the text is not there.
  private static func locate(_ entity: EntityRecord, in passage: Draft) -> Int? {
    let haystack = Array(passage.text.unicodeScalars)
    let needle = Array(entity.text.unicodeScalars)
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    let expected = passage.start.map { entity.start - $0 } ?? 0
    var best: Int?
    for position in 0...(haystack.count - needle.count)
    where haystack[position..<position + needle.count].elementsEqual(needle) {
      if best == nil || abs(position - expected) < abs((best ?? 0) - expected) {
        best = position
      }
    }
    return best
  }
}
