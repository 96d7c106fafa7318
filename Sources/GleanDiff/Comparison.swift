import Foundation
import GleanConfig
import GleanPipeline

/// The two sides of a `glean diff` or `glean review`, read from what the command line names.
public enum Comparison {
  /// Reads `OLD` and `NEW` (see ``SideSpec``); `store` is the store file for runs.
  public static func sides(old: String, new: String, store: String) throws(DiffError) -> (
    DiffSide, DiffSide
  ) {
    let oldSide = try SideLoader.load(try SideSpec.parse(old), store: store)
    let newSide = try SideLoader.load(try SideSpec.parse(new), store: store)
    return (oldSide, newSide)
  }

  /// The expected files of `folder` (none when the folder does not exist yet).
  public static func expected(_ folder: String) throws(DiffError) -> DiffSide {
    var isFolder: ObjCBool = false
    if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      return DiffSide(label: folder, papers: [])
    }
    guard isFolder.boolValue else {
      throw DiffError(file: folder, reason: "not a folder of expected files")
    }
    return try SideLoader.folder(folder)
  }

  /// The corpus papers extracted now with `config`'s dictionaries and rules: each paper that
  /// `expected` has an expectation for, and each PDF of `corpus` without one.
  public static func extractNow(
    expected: DiffSide, corpus: String, config: PipelineConfig,
    progress: (Int, Int, String) -> Void = { _, _, _ in }
  ) throws(DiffError) -> DiffSide {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder), isFolder.boolValue
    else {
      throw DiffError(file: corpus, reason: "no such corpus folder")
    }
    let stages: PaperStages
    do {
      stages = try PaperStages(settings: CorpusExtraction.settings(config))
    } catch {
      throw DiffError(file: "configuration", reason: "cannot load dictionaries or rules: \(error)")
    }
    let paths = CorpusExtraction.inputs(expected: expected, corpus: corpus)
    return CorpusExtraction.extract(
      paths: paths, stages: stages, label: "\(corpus) extracted now",
      progress: { index, path in progress(index, paths.count, path) })
  }
}
