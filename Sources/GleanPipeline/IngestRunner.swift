import Foundation
import GleanConfig
import GleanStore

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `glean ingest`: reads and hashes the inputs, sends the papers not yet stored to the
/// worker processes, and stores each answer in its own transaction.
///
/// Threads, joined by bounded queues that never drop an item:
/// `read` (hash, skip check) → `work` (one thread per worker process; extract, segment,
/// recognise and findings run in the worker) → `store` (the one writer).
public final class IngestRunner: Sendable {
  private let options: IngestOptions
  private let store: any FindingStore
  private let stopRequested = Locked(false)

  public init(options: IngestOptions, store: any FindingStore) {
    self.options = options
    self.store = store
  }

  /// Asks the run to stop: no new paper is started, the workers are stopped (their papers are
  /// left for the next run), what was stored stays, and the run is recorded as `interrupted`.
  /// Safe to call from any thread (a signal handler's queue).
  public func requestStop() {
    stopRequested.update { $0 = true }
  }

  /// A paper on its way to a worker.
  private struct Job: Sendable {
    var path: String
    var paperID: String
  }

  /// What the store thread is given.
  private enum Outcome: Sendable {
    /// A worker's record, decoded by the store thread (one paper's records in memory at a time).
    case stored(EncodedPaperRecord, path: String, paperID: String)
    case noted(path: String, paperID: String, InputStatus)
    case failed(FailureRecord)
  }

  /// Runs the batch. `progress` is called on the store thread after each input.
  public func run(
    progress: @escaping @Sendable (IngestProgress) -> Void = { _ in }
  ) throws(IngestError) -> IngestSummary {
    signal(SIGPIPE, SIG_IGN)
    let options = self.options
    let store = self.store
    let stopRequested = self.stopRequested
    let runID: Int64
    do {
      runID = try store.startRun(options.run)
    } catch {
      throw IngestError(reason: error.description)
    }
    let started = DispatchTime.now().uptimeNanoseconds
    let capacity = options.config.queueCapacity
    let jobs = BoundedQueue<Job>(capacity: capacity)
    let outcomes = BoundedQueue<Outcome>(capacity: capacity)
    let fatal = Locked<String?>(nil)
    let state = Locked(RunState())
    state.update { $0.progress.total = options.inputs.count }
    let group = DispatchGroup()
    @Sendable func abort(_ reason: String) {
      fatal.update { if $0 == nil { $0 = reason } }
      stopRequested.update { $0 = true }
    }

    // read: hash each input, skip what is stored, pass the rest on.
    spawn(group, name: "glean-read") {
      var seen: [String: String] = [:]
      for path in options.inputs {
        if stopRequested.get() { break }
        switch FileDigest.sha256(path: path) {
        case .failure(let failure):
          outcomes.put(
            .failed(
              FailureRecord(path: path, paperID: nil, code: failure.code, reason: failure.reason)))
        case .success(let paperID):
          if seen[paperID] != nil {
            outcomes.put(.noted(path: path, paperID: paperID, .duplicate))
            continue
          }
          seen[paperID] = path
          do {
            if !options.force,
              try store.contains(paperID: paperID, analysisKey: options.analysisKey)
            {
              outcomes.put(.noted(path: path, paperID: paperID, .skipped))
              continue
            }
          } catch {
            abort("\(error)")
            break
          }
          jobs.put(Job(path: path, paperID: paperID))
        }
      }
      jobs.close()
    }

    // work: one thread per worker process.
    let workGroup = DispatchGroup()
    for index in 0..<max(1, options.workers) {
      spawn(workGroup, name: "glean-work-\(index)") {
        let handle = WorkerHandle(
          launch: options.launch,
          errorLog: options.scratchFolder + "/worker-\(index).log",
          secondsPerPaper: options.config.limits.secondsPerPaper)
        while let job = jobs.take() {
          // Once a stop is asked for, the papers still queued are left for the next run.
          if stopRequested.get() { continue }
          do {
            switch try handle.process(
              path: job.path, sha256: job.paperID, cancelled: { stopRequested.get() })
            {
            case .record(let record, _):
              outcomes.put(.stored(record, path: job.path, paperID: job.paperID))
            case .failure(let failure):
              outcomes.put(
                .failed(
                  FailureRecord(
                    path: job.path, paperID: job.paperID, code: failure.code,
                    reason: failure.reason, page: failure.page)))
            case .abandoned:
              break
            }
          } catch {
            abort("\(error)")
          }
        }
        handle.stop()
        state.update {
          $0.workerStarts += handle.starts
          $0.workerPeakKiB = max($0.workerPeakKiB, handle.peakResidentKiB)
        }
      }
    }
    group.enter()
    workGroup.notify(queue: .global()) {
      outcomes.close()
      group.leave()
    }

    // store: the one writer.
    spawn(group, name: "glean-store") {
      func recordFailure(_ failure: FailureRecord) throws {
        try store.recordFailure(failure, run: runID)
        state.update {
          $0.progress.failed += 1
          $0.failures.append(failure)
        }
      }
      while let outcome = outcomes.take() {
        if fatal.get() != nil { continue }
        do {
          switch outcome {
          case .stored(let encoded, let path, let paperID):
            guard var record = try? encoded.decode() else {
              try recordFailure(
                FailureRecord(
                  path: path, paperID: paperID, code: IngestFailureCode.badReply,
                  reason: "\(path): the worker's record of the paper cannot be read"))
              break
            }
            record.paper.file = path
            try store.save(record, path: path, run: runID, analysisKey: options.analysisKey)
            state.update {
              $0.progress.stored += 1
              $0.progress.pages += record.paper.pages
              $0.findings += record.findings.count
              $0.entities += record.entities.count
            }
          case .noted(let path, let paperID, let status):
            try store.note(path: path, paperID: paperID, status: status, run: runID)
            state.update {
              if status == .duplicate {
                $0.progress.duplicates += 1
              } else {
                $0.progress.skipped += 1
              }
            }
          case .failed(let failure):
            try recordFailure(failure)
          }
        } catch {
          abort("\(error)")
          continue
        }
        let snapshot = state.update { current -> IngestProgress in
          current.progress.done += 1
          current.progress.elapsed =
            Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
          return current.progress
        }
        progress(snapshot)
      }
    }
    group.wait()

    let interrupted = stopRequested.get()
    if let reason = fatal.get() {
      try? store.endRun(runID, status: "failed")
      throw IngestError(reason: reason)
    }
    do {
      try store.endRun(runID, status: interrupted ? "interrupted" : "finished")
    } catch {
      throw IngestError(reason: error.description)
    }
    let final = state.get()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    let p = final.progress
    let usage = Self.ownUsage()
    let wholeSeconds = Double(usage.ru_utime.tv_sec) + Double(usage.ru_stime.tv_sec)
    let microseconds = Double(usage.ru_utime.tv_usec) + Double(usage.ru_stime.tv_usec)
    let cpuSeconds = wholeSeconds + microseconds / 1e6
    let papersPerSecond = seconds > 0 ? Double(p.stored) / seconds : 0
    let pagesPerSecond = seconds > 0 ? Double(p.pages) / seconds : 0
    return IngestSummary(
      status: interrupted ? "interrupted" : "finished", run: runID, store: "",
      workers: options.workers, inputs: options.inputs.count, stored: p.stored, skipped: p.skipped,
      duplicates: p.duplicates, failed: p.failed, pages: p.pages, findings: final.findings,
      entities: final.entities, seconds: seconds,
      papersPerSecond: papersPerSecond, pagesPerSecond: pagesPerSecond,
      workerStarts: final.workerStarts, parentPeakMB: Double(usage.ru_maxrss) / 1024,
      workerPeakMB: Double(final.workerPeakKiB) / 1024, parentCPUSeconds: cpuSeconds,
      failures: final.failures.sorted { $0.path < $1.path })
  }

  /// This process's resource usage.
  static func ownUsage() -> rusage {
    var usage = rusage()
    #if os(Linux)
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
  }

  private func spawn(_ group: DispatchGroup, name: String, _ body: @escaping @Sendable () -> Void) {
    group.enter()
    let thread = Thread {
      body()
      group.leave()
    }
    thread.name = name
    thread.start()
  }
}

/// Counters kept by the store thread.
private struct RunState: Sendable {
  var progress = IngestProgress()
  var findings = 0
  var entities = 0
  var workerStarts = 0
  var workerPeakKiB = 0
  var failures: [FailureRecord] = []
}
