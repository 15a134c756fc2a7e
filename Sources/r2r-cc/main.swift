import Foundation
import ECMA335

exit(CompilerDriver.main(Array(CommandLine.arguments.dropFirst())))
