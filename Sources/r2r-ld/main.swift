import Foundation
import WasmLink

exit(Driver.linkerMain(Array(CommandLine.arguments.dropFirst())))
