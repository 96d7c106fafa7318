import Foundation
import GleanStore

#if canImport(Glibc)
  import Glibc
#endif

/// The body of `glean worker`: a child of `glean ingest` that extracts papers whose paths arrive
/// one per line on standard input, answering one JSON line per paper on standard output.
///
/// It limits its own address space (`limits.memory_mb`), dies with its parent, and ignores the
/// terminal's interrupt (the parent decides when to stop). For tests and demonstrations, the
/// environment variable `GLEAN_FAULT` (`crash:NAME,hang:NAME,oom:NAME,garble:NAME`) makes it
/// crash, hang, exhaust its memory or send an unreadable record on the file named NAME; nothing
/// else reads it.
public enum WorkerLoop {
  /// Runs until standard input ends. `makeAnalyzer` is called once, after the limits are set;
  /// if it throws, the worker reports the reason to the parent and exits.
  public static func run(
    memoryMB: Int, makeAnalyzer: () throws -> any PaperAnalyzing
  ) -> Int32 {
    prepareProcess(memoryMB: memoryMB)
    let faults = FaultSwitch(environment: ProcessInfo.processInfo.environment)
    let analyzer: any PaperAnalyzing
    do {
      analyzer = try makeAnalyzer()
    } catch {
      emit(WorkerHello(ready: false, fatal: "\(error)"))
      return 2
    }
    emit(WorkerHello(ready: true, fatal: nil))
    let decoder = JSONDecoder()
    while let line = readLine(strippingNewline: true) {
      guard let request = try? decoder.decode(WorkerRequest.self, from: Data(line.utf8)) else {
        continue
      }
      faults.trigger(for: request.path)
      let started = DispatchTime.now().uptimeNanoseconds
      var reply = WorkerReply(path: request.path, failure: nil, seconds: 0, recordFollows: false)
      var record: Data?
      var mentionLines: [String] = []
      do {
        var paper = PaperRecord(
          try analyzer.analyse(path: request.path, sha256: request.sha256))
        // Each mention's JSON goes on its own line, as it is, rather than as an escaped string
        // inside the record: cheaper to write and to read.
        mentionLines = paper.entities.map(\.json)
        for index in paper.entities.indices { paper.entities[index].json = "" }
        record = try encoded(paper)
        reply.recordFollows = true
        reply.mentionLines = mentionLines.count
      } catch let failure as PaperFailure {
        reply.failure = failure
      } catch {
        reply.failure = PaperFailure(
          code: IngestFailureCode.badReply,
          reason: "\(request.path): the paper's record cannot be encoded: \(error)")
      }
      reply.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
      emit(reply)
      if let record {
        let garbled = faults.garbles(request.path)
        var output = garbled ? Data("{\"paper\": [1, 2\n".utf8) : record
        for line in mentionLines {
          output.append(contentsOf: line.utf8)
          output.append(10)
        }
        FileHandle.standardOutput.write(output)
      }
    }
    return 0
  }

  private static func emit<T: Encodable>(_ value: T) {
    guard let data = try? encoded(value) else { return }
    FileHandle.standardOutput.write(data)
  }

  /// `value` as one line of JSON, newline included.
  private static func encoded<T: Encodable>(_ value: T) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    var data = try encoder.encode(value)
    data.append(10)
    return data
  }

  private static func prepareProcess(memoryMB: Int) {
    // The parent ignores these to handle them itself; a worker inherits that, so reset them.
    signal(SIGTERM, SIG_DFL)
    signal(SIGPIPE, SIG_DFL)
    signal(SIGINT, SIG_IGN)
    #if os(Linux)
      // Die with the parent, even when it is killed with SIGKILL: prctl(PR_SET_PDEATHSIG).
      typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
      if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") {
        let prctl = unsafeBitCast(symbol, to: Prctl.self)
        let setParentDeathSignal: Int32 = 1
        _ = prctl(setParentDeathSignal, UInt(SIGKILL), 0, 0, 0)
      }
      if let parent = ProcessInfo.processInfo.environment["GLEAN_PARENT_PID"],
        let pid = Int32(parent), getppid() != pid
      {
        exit(3)
      }
    #endif
    if memoryMB > 0 {
      let bytes = rlim_t(memoryMB) << 20
      var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
      #if os(Linux)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
      #else
        _ = setrlimit(RLIMIT_AS, &limit)
      #endif
    }
  }
}

/// The test-only fault switch of the worker
/// (`GLEAN_FAULT=crash:NAME,hang:NAME,oom:NAME,garble:NAME`).
struct FaultSwitch {
  enum Fault: String { case crash, hang, oom, garble }
  var faults: [String: Fault] = [:]

  init(environment: [String: String]) {
    guard let spec = environment["GLEAN_FAULT"] else { return }
    for item in spec.split(separator: ",") {
      let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
      if parts.count == 2, let fault = Fault(rawValue: parts[0]) {
        faults[parts[1]] = fault
      }
    }
  }

  /// Whether the record of this file is to be sent garbled (an unreadable line).
  func garbles(_ path: String) -> Bool {
    faults[URL(fileURLWithPath: path).lastPathComponent] == .garble
  }

  /// Crashes, hangs or exhausts memory when the file's name is switched.
  func trigger(for path: String) {
    guard let fault = faults[URL(fileURLWithPath: path).lastPathComponent] else { return }
    switch fault {
    case .garble:
      break
    case .crash:
      // A write through a bad pointer, as a parser bug would make (raise() alone can return
      // after a signal handler runs).
      let address = UnsafeMutablePointer<UInt8>(bitPattern: 0x10)
      address?.pointee = 1
    case .hang:
      while true { sleep(3600) }
    case .oom:
      var blocks: [[UInt8]] = []
      while true {
        blocks.append([UInt8](repeating: UInt8(blocks.count & 0xff), count: 64 << 20))
      }
    }
  }
}
