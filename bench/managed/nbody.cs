// The Computer Language Benchmarks Game's n-body simulation with the bodies
// as an array of structs: double arithmetic, sqrt, struct field loads and
// stores through array elements. Energies print as integers (energy * 1e9,
// truncated) so the C version can print them identically.
using System;

struct Body
{
    public double X, Y, Z, VX, VY, VZ, Mass;
}

class Program
{
    const double Pi = 3.141592653589793;
    const double SolarMass = 4 * Pi * Pi;
    const double DaysPerYear = 365.24;

    static Body Make(double x, double y, double z, double vx, double vy, double vz, double mass)
    {
        Body b;
        b.X = x; b.Y = y; b.Z = z;
        b.VX = vx * DaysPerYear; b.VY = vy * DaysPerYear; b.VZ = vz * DaysPerYear;
        b.Mass = mass * SolarMass;
        return b;
    }

    static Body[] Bodies()
    {
        Body[] bodies = new Body[5];
        bodies[0] = Make(0, 0, 0, 0, 0, 0, 1);
        bodies[1] = Make(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                         9.54791938424326609e-04);
        bodies[2] = Make(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                         2.85885980666130812e-04);
        bodies[3] = Make(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                         4.36624404335156298e-05);
        bodies[4] = Make(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                         5.15138902046611451e-05);
        double px = 0, py = 0, pz = 0;
        for (int i = 0; i < bodies.Length; i++)
        {
            px += bodies[i].VX * bodies[i].Mass;
            py += bodies[i].VY * bodies[i].Mass;
            pz += bodies[i].VZ * bodies[i].Mass;
        }
        bodies[0].VX = -px / SolarMass;
        bodies[0].VY = -py / SolarMass;
        bodies[0].VZ = -pz / SolarMass;
        return bodies;
    }

    static void Advance(Body[] bodies, double dt)
    {
        for (int i = 0; i < bodies.Length; i++)
        {
            for (int j = i + 1; j < bodies.Length; j++)
            {
                double dx = bodies[i].X - bodies[j].X;
                double dy = bodies[i].Y - bodies[j].Y;
                double dz = bodies[i].Z - bodies[j].Z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.Sqrt(d2));
                double mi = bodies[i].Mass * mag, mj = bodies[j].Mass * mag;
                bodies[i].VX -= dx * mj; bodies[i].VY -= dy * mj; bodies[i].VZ -= dz * mj;
                bodies[j].VX += dx * mi; bodies[j].VY += dy * mi; bodies[j].VZ += dz * mi;
            }
        }
        for (int i = 0; i < bodies.Length; i++)
        {
            bodies[i].X += dt * bodies[i].VX;
            bodies[i].Y += dt * bodies[i].VY;
            bodies[i].Z += dt * bodies[i].VZ;
        }
    }

    static double Energy(Body[] bodies)
    {
        double e = 0;
        for (int i = 0; i < bodies.Length; i++)
        {
            Body b = bodies[i];
            e += 0.5 * b.Mass * (b.VX * b.VX + b.VY * b.VY + b.VZ * b.VZ);
            for (int j = i + 1; j < bodies.Length; j++)
            {
                double dx = b.X - bodies[j].X, dy = b.Y - bodies[j].Y, dz = b.Z - bodies[j].Z;
                e -= b.Mass * bodies[j].Mass / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static int Main()
    {
        Body[] bodies = Bodies();
        Console.WriteLine((long)(Energy(bodies) * 1e9));
        for (int step = 0; step < 5000000; step++) Advance(bodies, 0.01);
        Console.WriteLine((long)(Energy(bodies) * 1e9));
        return 0;
    }
}
