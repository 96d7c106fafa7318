import Foundation
import GRDB

/// The SQLite store (`glean.sqlite`): WAL journal, one transaction per paper.
///
/// `Sendable`: GRDB's pool serialises writes and lets reads run beside them.
public final class SQLiteFindingStore: FindingStore {
  /// The store file, as named by the user.
  public let path: String
  let writer: any DatabaseWriter

  /// Opens the store at `path` for ingestion, creating it (and its folder) when absent.
  public static func openForWriting(path: String) throws(StoreError) -> SQLiteFindingStore {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StoreError(path: path, reason: "cannot create its folder (\(error))")
    }
    return try SQLiteFindingStore(path: path, readonly: false)
  }

  /// Opens an existing store for reading; it is an error when there is none.
  public static func openForReading(path: String) throws(StoreError) -> SQLiteFindingStore {
    guard FileManager.default.fileExists(atPath: path) else {
      throw StoreError(path: path, reason: "no store here (glean ingest creates it)")
    }
    return try SQLiteFindingStore(path: path, readonly: true)
  }

  private init(path: String, readonly: Bool) throws(StoreError) {
    self.path = path
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    configuration.readonly = readonly
    configuration.label = "glean-store"
    if !readonly {
      configuration.prepareDatabase { db in
        // WAL with NORMAL: a committed paper survives a killed process.
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
      }
    }
    do {
      if readonly {
        writer = try DatabaseQueue(path: path, configuration: configuration)
        let applied = try writer.read { db in try StoreSchema.migrator.hasCompletedMigrations(db) }
        guard applied else {
          throw StoreError(path: path, reason: "not a Glean store, or made by a newer Glean")
        }
      } else {
        let pool = try DatabasePool(path: path, configuration: configuration)
        try StoreSchema.migrator.migrate(pool)
        writer = pool
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(path: path, reason: Self.describe(error))
    }
  }

  /// Runs a read, turning database errors into ``StoreError``.
  func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try writer.read(body)
    } catch {
      throw StoreError(path: path, reason: Self.describe(error))
    }
  }

  /// Runs a write transaction, turning database errors into ``StoreError``.
  func writing<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try writer.write(body)
    } catch {
      throw StoreError(path: path, reason: Self.describe(error))
    }
  }

  static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError {
      return "database error: \(error.message ?? error.resultCode.description)"
    }
    return "\(error)"
  }

  /// Now, as ISO 8601 in UTC with milliseconds.
  static func timestamp() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.string(from: Date())
  }
}
