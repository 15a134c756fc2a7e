#include "shapes.h"
Shape::~Shape() {}
double Rect::area() const { return w * h; }
const char *Rect::name() const { return "rect"; }
const char *Square::name() const { return "square"; }
double Circle::area() const { return 3.14159265 * r * r; }
Shape *make_shape(int kind, double v) {
    switch (kind) {
    case 0: return new Rect(v, v + 1);
    case 1: return new Square(v);
    default: return new Circle(v);
    }
}
