class Program
{
    static int Main(string[] args)
    {
        return 0;
    }
}
