import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starting processes: this benchmark again for one step, and `skills-tui --version` to
/// time a whole program run.
enum ChildProcess {
    /// This executable, found through /proc so that a relative argv[0] does not matter.
    static var ownExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Runs this executable with `arguments` and returns what it printed on standard
    /// output; its standard error passes through.
    /// - Throws: when it exits with a failure.
    static func runSelf(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ownExecutable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError.failed("the child for \(arguments.prefix(2).joined(separator: " ")) exited with status \(process.terminationStatus)")
        }
        return data
    }

    /// Milliseconds from starting `path` with `arguments` until it has exited, standard
    /// output going to /dev/null. posix_spawn and waitpid directly: nothing else in between.
    static func timeRun(_ path: String, _ arguments: [String]) throws -> Double {
        try measureRun(path, arguments).milliseconds
    }

    /// What one run of a whole program cost: from posix_spawn until wait4 reaped it, and
    /// the peak resident memory the kernel accounted to it (`ru_maxrss`), standard output
    /// going to `outputPath` (created or truncated, as a shell's `>` does).
    static func measureRun(_ path: String, _ arguments: [String], outputPath: String = "/dev/null") throws -> (milliseconds: Double, peakKilobytes: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = Measurement.now()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchmarkError.failed("cannot start \(path): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let elapsed = Double(Measurement.now() - start) / 1_000_000
        guard status == 0 else { throw BenchmarkError.failed("\(path) \(arguments.joined(separator: " ")) failed (wait status \(status))") }
        return (elapsed, Int(usage.ru_maxrss))
    }
}
