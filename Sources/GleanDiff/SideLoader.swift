import Foundation
import GleanEntities
import GleanFindings
import GleanStore

/// Reads a side of a comparison: a folder of expected files, one extraction document, an export
/// file or a run of the store.
public enum SideLoader {
  /// Loads `spec`; `store` is the store file for runs.
  public static func load(_ spec: SideSpec, store: String) throws(DiffError) -> DiffSide {
    switch spec {
    case .folder(let path): return try folder(path)
    case .document(let path):
      return DiffSide(label: path, papers: [SidePaper(try document(path), origin: path)])
    case .export(let path): return try export(path)
    case .run(let selector): return try run(selector, store: store)
    }
  }

  /// Every `*.json` of a folder, in file-name order. All unreadable files are named in one error.
  public static func folder(_ path: String) throws(DiffError) -> DiffSide {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw DiffError(file: path, reason: "cannot list the folder (\(error.localizedDescription))")
    }
    var papers: [SidePaper] = []
    var problems: [String] = []
    for name in names.sorted() where name.lowercased().hasSuffix(".json") && !name.hasPrefix(".") {
      let file = join(path, name)
      do {
        papers.append(SidePaper(try document(file), origin: file))
      } catch {
        problems.append(error.description)
      }
    }
    guard problems.isEmpty else {
      throw DiffError(
        file: path, reason: "unreadable expected files:\n  " + problems.joined(separator: "\n  "))
    }
    return DiffSide(label: path, papers: papers)
  }

  /// One `glean extract` document.
  public static func document(_ path: String) throws(DiffError) -> PaperExtraction {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiffError(file: path, reason: "cannot be read")
    }
    do {
      return try JSONDecoder().decode(PaperExtraction.self, from: data)
    } catch {
      throw DiffError(file: path, reason: "not a glean extract document (\(describe(error)))")
    }
  }

  /// A JSON Lines export: one finding a line with its `paper`; papers in order of appearance.
  public static func export(_ path: String) throws(DiffError) -> DiffSide {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiffError(file: path, reason: "cannot be read")
    }
    struct PaperRef: Decodable {
      var id: String
      var key: String
      var file: String
      var title: String?
      var doi: String?
    }
    struct Line: Decodable { var paper: PaperRef }
    var order: [String] = []
    var papers: [String: PaperExtraction] = [:]
    let decoder = JSONDecoder()
    var number = 0
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
      number += 1
      let bytes = Data(line)
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      let finding: Finding
      let ref: PaperRef
      do {
        finding = try decoder.decode(Finding.self, from: bytes)
        ref = try decoder.decode(Line.self, from: bytes).paper
      } catch {
        throw DiffError(
          file: "\(path):\(number)", reason: "not a glean export finding (\(describe(error)))")
      }
      if papers[ref.id] == nil {
        order.append(ref.id)
        papers[ref.id] = PaperExtraction(
          paper: PaperInfo(
            id: ref.id, key: ref.key, file: ref.file, title: ref.title, doi: ref.doi, pages: 0,
            language: ""),
          quality: PaperQuality(textLayer: true, garbledPages: [], warnings: []), entities: [],
          findings: [])
      }
      papers[ref.id]?.findings.append(finding)
    }
    return DiffSide(
      label: path, papers: order.compactMap { papers[$0].map { SidePaper($0) } }, complete: false)
  }

  /// The papers and failures of a run of the store.
  public static func run(_ selector: RunSelector, store path: String) throws(DiffError) -> DiffSide
  {
    do {
      let store = try SQLiteFindingStore.openForReading(path: path)
      let runs = try store.runs()
      let run: RunRecord
      switch selector {
      case .id(let id):
        guard let found = runs.first(where: { $0.id == id }) else {
          throw DiffError(file: path, reason: "no run \(id) (glean runs lists them)")
        }
        run = found
      case .latest:
        guard let last = runs.last else { throw DiffError(file: path, reason: "no runs yet") }
        run = last
      case .previous:
        guard runs.count >= 2 else {
          throw DiffError(file: path, reason: "no run before the latest one")
        }
        run = runs[runs.count - 2]
      }
      var papers: [SidePaper] = []
      try store.forEachPaper(run: run.id) { stored in
        papers.append(SidePaper(try extraction(stored.record, store: path)))
      }
      let failures = try store.failures(run: run.id).map { failure in
        SideFailure(
          path: failure.path, paperID: failure.paperID, reason: "\(failure.code): \(failure.reason)"
        )
      }
      let notes =
        run.status == "finished"
        ? [] : ["run:\(run.id) is \(run.status), not finished: it may lack papers"]
      return DiffSide(label: "run:\(run.id)", papers: papers, failures: failures, notes: notes)
    } catch let error as DiffError {
      throw error
    } catch let error as StoreError {
      throw DiffError(file: error.path, reason: error.reason)
    } catch {
      throw DiffError(file: path, reason: "\(error)")
    }
  }

  /// A stored paper as `glean extract` printed it: the mentions come back from their JSON.
  static func extraction(_ record: PaperRecord, store: String) throws(DiffError) -> PaperExtraction
  {
    let decoder = JSONDecoder()
    var mentions: [Mention] = []
    for entity in record.entities {
      do {
        mentions.append(try decoder.decode(Mention.self, from: Data(entity.json.utf8)))
      } catch {
        throw DiffError(
          file: store,
          reason: "paper \(record.paper.file): an entity's JSON cannot be read (\(describe(error)))"
        )
      }
    }
    return PaperExtraction(
      paper: record.paper, quality: record.quality, entities: mentions, findings: record.findings)
  }

  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// A decoding error in one line: what was expected where.
  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
      return keys.isEmpty ? "" : " at " + keys.joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing key \"\(key.stringValue)\"\(path(context))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return context.debugDescription + path(context)
    case .dataCorrupted(let context): return "not valid JSON" + path(context)
    @unknown default: return "\(error)"
    }
  }
}
