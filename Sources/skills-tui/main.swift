import Foundation
#if canImport(Glibc)
import Glibc
#endif

// A closed pipe is an error to report (EPIPE), not a signal that kills the program before
// it can say that a change it made was recorded.
signal(SIGPIPE, SIG_IGN)

exit(CommandLineTool.run(CommandLine.arguments))
