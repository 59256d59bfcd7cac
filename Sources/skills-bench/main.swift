import Foundation

exit(BenchmarkTool.run(CommandLine.arguments))
