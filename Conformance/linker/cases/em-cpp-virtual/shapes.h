#pragma once
struct Shape {
    virtual ~Shape();
    virtual double area() const = 0;
    virtual const char *name() const { return "shape"; }
};
struct Rect : Shape {
    double w, h;
    Rect(double w, double h) : w(w), h(h) {}
    double area() const override;
    const char *name() const override;
};
struct Square : Rect {
    explicit Square(double s) : Rect(s, s) {}
    const char *name() const override;
};
struct Circle : Shape {
    double r;
    explicit Circle(double r) : r(r) {}
    double area() const override;
};
Shape *make_shape(int kind, double v);
