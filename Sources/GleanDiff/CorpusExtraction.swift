import Foundation
import GleanConfig
import GleanFindings
import GleanPipeline

/// The new side of `glean diff --expected`: the corpus papers extracted now, in this process,
/// with the configuration's dictionaries and rules.
public enum CorpusExtraction {
  /// The PDFs to extract: the one each expected paper names (its `paper.file` when it exists,
  /// else the file of that name in `corpus`), then the PDFs of `corpus` that have no expected
  /// file yet (new papers). In path order, so that the output is the same on every run.
  public static func inputs(expected: DiffSide, corpus: String) -> [String] {
    let manager = FileManager.default
    var paths: [String] = []
    var seen = Set<String>()
    func add(_ path: String) {
      let key = PaperMatcher.fileName(path)
      if seen.insert(key).inserted { paths.append(path) }
    }
    for paper in expected.papers {
      let file = paper.extraction.paper.file
      let inCorpus = SideLoader.join(corpus, PaperMatcher.fileName(file))
      if manager.fileExists(atPath: inCorpus) {
        add(inCorpus)
      } else if manager.fileExists(atPath: file) {
        add(file)
      }
    }
    let names = (try? manager.contentsOfDirectory(atPath: corpus)) ?? []
    for name in names.sorted() where name.lowercased().hasSuffix(".pdf") {
      add(SideLoader.join(corpus, name))
    }
    return paths.sorted()
  }

  /// The stages' settings for a configuration (`stages.recognise`, `stages.findings`).
  public static func settings(_ config: PipelineConfig) -> PaperStages.Settings {
    PaperStages.Settings(config: config)
  }

  /// Extracts `paths` one after the other; a paper that fails is a failure of the side, and the
  /// others are still extracted. `progress` is called before each paper.
  public static func extract(
    paths: [String], stages: PaperStages, label: String,
    progress: (Int, String) -> Void = { _, _ in }
  ) -> DiffSide {
    var papers: [SidePaper] = []
    var failures: [SideFailure] = []
    for (index, path) in paths.enumerated() {
      progress(index, path)
      do {
        papers.append(SidePaper(try stages.analyse(path: relative(path))))
      } catch {
        failures.append(
          SideFailure(path: path, paperID: nil, reason: "\(error.code): \(error.reason)"))
      }
    }
    return DiffSide(label: label, papers: papers, failures: failures)
  }

  /// `path` relative to the working folder when it lies inside it, so that an expected file
  /// names its paper the same way on every machine.
  static func relative(_ path: String) -> String {
    guard path.hasPrefix("/") else { return path }
    var folder = FileManager.default.currentDirectoryPath
    if !folder.hasSuffix("/") { folder += "/" }
    return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
  }
}
