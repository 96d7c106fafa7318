import Foundation
import GleanStore

#if canImport(Glibc)
  import Glibc
#endif

/// How to start a worker process.
public struct WorkerLaunch: Sendable, Equatable {
  /// The `glean` executable.
  public var executable: String
  /// Arguments after the executable (`worker --config …`).
  public var arguments: [String]
  /// Extra environment variables for the worker (the rest is inherited).
  public var environment: [String: String]

  public init(executable: String, arguments: [String], environment: [String: String] = [:]) {
    self.executable = executable
    self.arguments = arguments
    self.environment = environment
  }

  /// The path of the running executable (`/proc/self/exe`, else `argv[0]`).
  public static func currentExecutable() -> String {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return resolved
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
  }
}

/// A worker could not be started or refused to work: the run cannot go on.
public struct WorkerStartError: Error, Sendable, CustomStringConvertible {
  public var reason: String
  public var description: String { "cannot start a worker: \(reason)" }
}

/// The parent's side of one worker process: sends a paper, waits for the answer within the time
/// limit, and replaces the process after a crash or a timeout. Owned by one thread.
final class WorkerHandle {
  private let launch: WorkerLaunch
  private let errorLog: String
  private let secondsPerPaper: Double
  private var child: ChildProcess?
  /// Worker processes started, the first included.
  private(set) var starts = 0
  /// The largest peak resident memory of the worker processes that ended, in KiB.
  private(set) var peakResidentKiB = 0

  init(launch: WorkerLaunch, errorLog: String, secondsPerPaper: Double) {
    self.launch = launch
    self.errorLog = errorLog
    self.secondsPerPaper = secondsPerPaper
  }

  deinit { stop() }

  /// The outcome of one paper.
  enum Outcome {
    /// The paper's record, still encoded (``EncodedPaperRecord/decode()`` reads it).
    case record(EncodedPaperRecord, seconds: Double)
    case failure(PaperFailure)
    /// The run is stopping: the worker was killed and the paper left for the next run.
    case abandoned
  }

  /// Sends `path` to the worker (starting one when needed) and returns its answer, or the reason
  /// the worker gave none: `timeout`, `worker-crashed`, `memory-limit`.
  func process(
    path: String, sha256: String? = nil, cancelled: () -> Bool = { false }
  ) throws(WorkerStartError) -> Outcome {
    let worker = try running()
    truncate(errorLog, 0)
    let request = WorkerRequest(path: path, sha256: sha256)
    let line = (try? String(decoding: JSONEncoder().encode(request), as: UTF8.self)) ?? ""
    let started = DispatchTime.now().uptimeNanoseconds
    let deadline = started + UInt64(secondsPerPaper * 1e9)
    if !worker.send(line: line) {
      return .failure(retire(worker, path: path))
    }
    switch worker.readLine(deadline: deadline, cancelled: cancelled) {
    case .line(let bytes):
      guard let reply = try? JSONDecoder().decode(WorkerReply.self, from: Data(bytes)),
        reply.path == path
      else {
        return .failure(discard(worker, path: path))
      }
      guard reply.recordFollows else {
        return .failure(
          reply.failure
            ?? PaperFailure(code: IngestFailureCode.badReply, reason: "\(path): empty reply"))
      }
      // The record's line: handed on as bytes, decoded by the store thread.
      var encoded = EncodedPaperRecord(bytes: [])
      encoded.mentions.reserveCapacity(reply.mentionLines)
      for index in 0...reply.mentionLines {
        switch worker.readLine(deadline: deadline, cancelled: cancelled) {
        case .line(let line):
          if index == 0 { encoded.bytes = line } else { encoded.mentions.append(line) }
        case .timedOut, .endOfOutput:
          return .failure(discard(worker, path: path))
        case .cancelled:
          return abandon(worker)
        }
      }
      return .record(encoded, seconds: reply.seconds)
    case .timedOut:
      worker.killNow()
      reap(worker)
      child = nil
      return .failure(
        PaperFailure(
          code: IngestFailureCode.timeout,
          reason:
            "\(path): no answer within \(Self.format(secondsPerPaper)) s (limits.seconds_per_paper);"
            + " worker killed"))
    case .endOfOutput:
      return .failure(retire(worker, path: path))
    case .cancelled:
      return abandon(worker)
    }
  }

  /// The run is stopping: the worker is killed and its paper left for the next run.
  private func abandon(_ worker: ChildProcess) -> Outcome {
    worker.killNow()
    reap(worker)
    child = nil
    return .abandoned
  }

  /// The worker answered something that is not a reply for `path`: it is replaced.
  private func discard(_ worker: ChildProcess, path: String) -> PaperFailure {
    worker.killNow()
    reap(worker)
    child = nil
    return PaperFailure(
      code: IngestFailureCode.badReply,
      reason: "\(path): the worker answered something that is not a reply")
  }

  /// Closes the worker's input and waits for it to finish.
  func stop() {
    guard let worker = child else { return }
    worker.closeInput()
    reap(worker)
    child = nil
  }

  /// Waits for a worker to end and keeps its peak memory.
  @discardableResult
  private func reap(_ worker: ChildProcess) -> ChildProcess.Ending {
    let ending = worker.wait()
    peakResidentKiB = max(peakResidentKiB, worker.peakResidentKiB)
    return ending
  }

  /// The worker died on `path`: why, from its exit status and the end of its error output.
  private func retire(_ worker: ChildProcess, path: String) -> PaperFailure {
    let ending = reap(worker)
    child = nil
    let tail = Self.tail(of: errorLog)
    let lowered = tail.lowercased()
    let memory = ["allocate", "out of memory", "bad_alloc", "memory exhausted"].contains {
      lowered.contains($0)
    }
    let how: String
    switch ending {
    case .signalled(let signal): how = "signal \(signal) (\(Self.signalName(signal)))"
    case .exited(let code): how = "exit status \(code) without an answer"
    }
    if memory {
      return PaperFailure(
        code: IngestFailureCode.memoryLimit,
        reason: "\(path): the worker ran out of memory (limits.memory_mb) and died with \(how)")
    }
    let lines = tail.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let message =
      lines.first { $0.lowercased().contains("error") || $0.lowercased().contains("fatal") }
      ?? lines.last
    let detail = message.map { ": " + String($0.prefix(200)) } ?? ""
    return PaperFailure(
      code: IngestFailureCode.workerCrashed,
      reason: "\(path): the worker crashed with \(how)\(detail)")
  }

  private func running() throws(WorkerStartError) -> ChildProcess {
    if let child { return child }
    var environment = ProcessInfo.processInfo.environment
    for (key, value) in launch.environment { environment[key] = value }
    environment["GLEAN_PARENT_PID"] = String(getpid())
    // A crashing worker ends at once; the Swift runtime's symbolicated backtrace would take
    // seconds of the paper's time limit. Set SWIFT_BACKTRACE to have it anyway.
    if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
    let worker: ChildProcess
    do {
      worker = try ChildProcess(
        executable: launch.executable, arguments: launch.arguments, environment: environment,
        errorLog: errorLog)
    } catch {
      throw WorkerStartError(reason: "\(error)")
    }
    starts += 1
    // The first line says whether the worker could load its dictionaries and rules.
    let deadline = DispatchTime.now().uptimeNanoseconds + 300 * 1_000_000_000
    guard case .line(let bytes) = worker.readLine(deadline: deadline),
      let hello = try? JSONDecoder().decode(WorkerHello.self, from: Data(bytes))
    else {
      worker.killNow()
      let ending = reap(worker)
      throw WorkerStartError(
        reason:
          "\(launch.executable) worker did not start (\(ending)): "
          + String(Self.tail(of: errorLog).suffix(500)))
    }
    guard hello.ready else {
      reap(worker)
      throw WorkerStartError(reason: hello.fatal ?? "the worker refused to start")
    }
    child = worker
    return worker
  }

  /// The last 16 KiB of a file, trimmed.
  static func tail(of path: String) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
    defer { try? handle.close() }
    let size = (try? handle.seekToEnd()) ?? 0
    let keep: UInt64 = 16 << 10
    try? handle.seek(toOffset: size > keep ? size - keep : 0)
    let data = (try? handle.readToEnd()) ?? Data()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func signalName(_ signal: Int32) -> String {
    switch signal {
    case SIGSEGV: "SIGSEGV"
    case SIGABRT: "SIGABRT"
    case SIGBUS: "SIGBUS"
    case SIGILL: "SIGILL"
    case SIGTRAP: "SIGTRAP"
    case SIGKILL: "SIGKILL"
    case SIGFPE: "SIGFPE"
    case SIGTERM: "SIGTERM"
    default: "unnamed"
    }
  }

  static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
  }
}

@available(*, unavailable)
extension WorkerHandle: Sendable {}
