namespace System
{
    public enum StringSplitOptions
    {
        None = 0,
        RemoveEmptyEntries = 1,
    }
}
