// A library: an image without an entry point, like the core library's.
public class Library
{
    public static void Method()
    {
    }
}
