import Foundation
import GleanStore

/// What the parent sends a worker: one paper per line.
struct WorkerRequest: Codable, Sendable, Equatable {
  /// The paper's path, as the user gave it (the worker runs in the same folder).
  var path: String
  /// The SHA-256 of the file's bytes, which the parent computed to skip papers already stored.
  var sha256: String?
}

/// What a worker answers for one paper: one line of JSON saying how it went; when the paper was
/// read, a second line follows with the paper's record (``PaperRecord``) as the store keeps it.
///
/// The record travels on its own line so that the parent's worker threads hand its bytes on
/// undecoded and only the store thread decodes it, one paper at a time: the papers waiting for
/// the store then cost their JSON bytes, not their decoded records.
struct WorkerReply: Codable, Sendable, Equatable {
  var path: String
  var failure: PaperFailure?
  /// Seconds the worker spent on the paper.
  var seconds: Double
  /// Whether the next line is the paper's record.
  var recordFollows: Bool
}

/// A paper's record as a worker sent it: JSON bytes, decoded by the one writer when it stores
/// the paper.
struct EncodedPaperRecord: Sendable {
  var bytes: [UInt8]

  /// The record, or why the bytes are not one.
  func decode() throws -> PaperRecord {
    try bytes.withUnsafeBufferPointer { buffer in
      try JSONDecoder().decode(PaperRecord.self, from: Data(buffer: buffer))
    }
  }
}

/// The first line a worker writes: ready, or why it cannot work (then the run cannot go on).
struct WorkerHello: Codable, Sendable, Equatable {
  var ready: Bool
  var fatal: String?
}
