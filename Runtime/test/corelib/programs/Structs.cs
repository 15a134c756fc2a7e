using System;

struct Point
{
    public int X;
    public int Y;

    public Point(int x, int y)
    {
        X = x;
        Y = y;
    }

    public int LengthSquared()
    {
        return X * X + Y * Y;
    }
}

class Structs
{
    static Point Add(Point a, Point b)
    {
        return new Point(a.X + b.X, a.Y + b.Y);
    }

    static void Main()
    {
        Point p = Add(new Point(1, 2), new Point(3, 4));
        Console.WriteLine(p.X);
        Console.WriteLine(p.Y);
        Console.WriteLine(p.LengthSquared());
        Point[] points = new Point[2];
        points[1].X = 5;
        Console.WriteLine(points[1].X + points[0].Y);
    }
}
