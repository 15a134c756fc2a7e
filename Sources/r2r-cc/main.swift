import Foundation
import ECMA335

FileHandle.standardError.write("r2r-cc: error: no input files\n".data(using: .utf8)!)
exit(1)
