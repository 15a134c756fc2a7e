namespace System
{
    public static class Environment
    {
        // mono on Linux.
        public static string NewLine
        {
            get { return "\n"; }
        }

        // Flushes stdout and ends the process; the status is code's low 8 bits.
        public static void Exit(int exitCode)
        {
            RuntimeImports.Exit(exitCode);
        }
    }
}
