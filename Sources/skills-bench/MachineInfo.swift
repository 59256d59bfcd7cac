import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the numbers were measured on: they mean little without it.
struct MachineInfo {
    var cores: Int
    var cpuModel: String
    var memoryKilobytes: Int

    static var current: MachineInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memory = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Int($0) } } ?? 0
        return MachineInfo(cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), cpuModel: model, memoryKilobytes: memory)
    }

    var summary: String {
        "\(cores) cores (nproc), \(cpuModel), \(String(format: "%.1f", Double(memoryKilobytes) / 1_048_576)) GiB memory"
    }
}
